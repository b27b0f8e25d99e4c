"""The receipt as a PDF (A5), in Vietnamese, with the fonts shipped in domain/data/fonts."""
from __future__ import annotations

from pathlib import Path

from core.clock import format_datetime, format_money
from core.text import amount_in_words

FONTS = Path(__file__).parent / 'data' / 'fonts'
KIND_NAMES = {
    'dossier_fee': 'Phí, lệ phí thủ tục hành chính', 'traffic_fine': 'Tiền phạt vi phạm hành chính giao thông',
    'registration_fee': 'Lệ phí trước bạ ô tô, xe máy', 'tax_personal_income': 'Thuế thu nhập cá nhân',
    'tax_licence': 'Lệ phí môn bài', 'tax_corporate': 'Thuế thu nhập doanh nghiệp',
    'electricity_bill': 'Tiền điện',
}


def render_receipt(view: dict) -> bytes:
    """`view` is what domain.payments.receipt_for returns."""
    # imported on the first receipt, not at start-up (0.15 s of every start)
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    receipt, payable, order, agency = view['receipt'], view['payable'], view['order'], view['agency']
    pdf = FPDF(format=(148, 210))  # A5 in millimetres
    pdf.set_title(f'Biên lai {receipt.number}')
    pdf.set_author('Cổng Dịch vụ công quốc gia')
    pdf.add_font('DejaVu', '', str(FONTS / 'DejaVuSans.ttf'))
    pdf.add_font('DejaVu', 'B', str(FONTS / 'DejaVuSans-Bold.ttf'))
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def centred(text: str, size: int, height: int, style: str = '') -> None:
        pdf.set_font('DejaVu', style, size)
        pdf.multi_cell(width, height, text, align='C', new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    centred(agency.name.upper(), 9, 5, 'B')
    centred('Thu qua Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)', 8, 4)
    pdf.ln(4)
    centred('BIÊN LAI THU ĐIỆN TỬ', 14, 8, 'B')
    centred(f'Số: {receipt.number}', 9, 5)
    pdf.ln(4)
    rows = [
        ('Người nộp', receipt.payer_name),
        ('Khoản nộp', KIND_NAMES.get(payable.kind, payable.kind)),
        ('Mã tham chiếu', payable.reference + (f' · Biển số {payable.plate}' if payable.plate else '')
         + (f' · Kỳ {payable.period}' if payable.period else '')),
        ('Nội dung', payable.description),
        ('Số tiền', format_money(receipt.amount)),
        ('Bằng chữ', amount_in_words(receipt.amount)),
        ('Mã giao dịch', f'{order.code} / {order.gateway_txn or ""}'),
        ('Thời gian', format_datetime(receipt.issued_at)),
    ]
    for label, value in rows:
        pdf.set_x(pdf.l_margin)
        pdf.set_font('DejaVu', '', 9)
        pdf.cell(32, 6, label + ':', new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font('DejaVu', 'B' if label == 'Số tiền' else '', 9)
        pdf.multi_cell(width - 32, 6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    centred('Biên lai điện tử do Cổng Dịch vụ công quốc gia lập khi ngân hàng xác nhận giao dịch; có giá trị như '
            'biên lai giấy. Tra cứu tại mục Thanh toán > Lịch sử trên Cổng.', 7, 4)
    return bytes(pdf.output())
