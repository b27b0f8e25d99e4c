"""Pieces the feedback pages share: the deadline badge, and attachments listed, downloaded (the
domain checks who may see them on every download) and, for the sender, added."""
from __future__ import annotations

from nicegui import run, ui

from core.db import session_scope
from core.errors import DomainError
from core.settings import get_settings
from domain.feedback import attach_to_feedback, feedback_attachment
from domain.files import stored_path
from ui.components import section_title
from ui.forms import show_error
from ui.session import Caller, _, client_ip, perform


FLAG_COLOURS = {'overdue': 'negative', 'due_soon': 'warning'}


def due_badge(flag: str) -> None:
    """'Quá hạn' in red, 'Sắp đến hạn' in amber; nothing for feedback with time to spare."""
    if flag:
        ui.badge(_(f'fb.flag.{flag}')).props(f'color={FLAG_COLOURS[flag]} outline').mark('fb-flag')


def _read(caller: Caller, attachment_id: int) -> tuple[bytes, str, str]:
    with session_scope() as session:
        attachment = feedback_attachment(session, actor=caller.actor(session), attachment_id=attachment_id)
        return stored_path(attachment.stored_name).read_bytes(), attachment.filename, attachment.content_type


async def _download(attachment_id: int) -> None:
    try:
        data, filename, content_type = await run.io_bound(_read, Caller.here(), attachment_id)
    except DomainError as error:
        show_error(error)
        return
    ui.download.content(data, filename, content_type)


def attachments_card(files: list[dict], *, feedback_id: int, may_add: bool) -> None:
    """`files`: [{'id', 'filename', 'size'}]; the sender may add while the feedback is open."""
    if not files and not may_add:
        return
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('fb-files'):
        section_title(_('fb.attachments'))
        for item in files:
            with ui.row().classes('items-center gap-2'):
                ui.icon('attach_file').classes('text-gray-500')
                ui.button(item['filename'], on_click=lambda i=item['id']: _download(i)) \
                    .props('flat dense no-caps').mark('fb-file')
                ui.label(f'{item["size"] // 1024 + 1} KB').classes('text-xs portal-muted')
        if may_add:
            async def uploaded(event) -> None:
                content = await event.file.read()
                try:
                    attachment = await run.io_bound(perform, Caller.here(), attach_to_feedback, feedback_id=feedback_id,
                                                    data=content, filename=event.file.name, ip=client_ip())
                except DomainError as error:
                    show_error(error)
                    return
                ui.notify(_('fb.attached', name=attachment.filename), type='positive')
                ui.navigate.reload()
            ui.upload(label=_('fb.attach'), auto_upload=True, on_upload=uploaded,
                      max_file_size=get_settings().upload_max_bytes) \
                .props('accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" flat bordered') \
                .classes('w-full').mark('fb-upload')
