"""Downloadable form templates (level 2 and up), generated as Word documents from the
procedure's own data, so every listed template exists and matches the form online."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from models.catalog import Procedure, ProcedureDocument, ProcedureField

DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def template_filename(document: ProcedureDocument) -> str:
    stem = (document.template or 'mau-don').rsplit('.', 1)[0]
    return f'{stem}.docx'


def build_template(procedure: Procedure, document: ProcedureDocument, fields: list[ProcedureField]) -> bytes:
    doc = Document()
    style = doc.styles['Normal']
    style.font.name = 'Times New Roman'
    style.font.size = Pt(13)
    for text, bold in (('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True),
                       ('', False), (document.name.upper(), True)):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold = bold
    intro = doc.add_paragraph()
    intro.alignment = WD_ALIGN_PARAGRAPH.CENTER
    intro.add_run(f'(Dùng cho thủ tục: {procedure.name} — mã {procedure.code})').italic = True
    doc.add_paragraph(f'Kính gửi: {procedure.competent_agency}')
    for field in fields or []:
        line = doc.add_paragraph()
        line.add_run(f'{field.label}{" (*)" if field.required else ""}: ').bold = False
        if field.type == 'select' and field.options:
            line.add_run('□ ' + '   □ '.join(field.options))
        else:
            line.add_run('.' * 70)
    if not fields:
        for label in ('Họ, chữ đệm, tên', 'Số định danh cá nhân', 'Nơi cư trú', 'Số điện thoại', 'Nội dung đề nghị'):
            doc.add_paragraph(f'{label}: ' + '.' * 70)
    doc.add_paragraph('Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về '
                      'lời khai của mình.')
    signature = doc.add_paragraph()
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    signature.add_run('......, ngày ..... tháng ..... năm ......\nNGƯỜI YÊU CẦU\n(Ký, ghi rõ họ tên)').bold = True
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
