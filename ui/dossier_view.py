"""The parts of a dossier that the applicant and the officer both see."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime, format_money
from core.db import session_scope
from core.errors import DomainError
from domain.dossiers import dossier_view, get_attachment, status_key
from domain.files import stored_path
from ui.components import facts, section_title, status_badge
from ui.forms import show_error
from ui.session import Caller, _, lang


def _load(caller: Caller, dossier_id: int) -> dict:
    with session_scope() as session:
        return dossier_view(session, actor=caller.actor(session), dossier_id=dossier_id)


async def load_or_explain(viewer, dossier_id: str, title_key: str) -> dict | None:
    """The dossier as this viewer may see it, or a clear 'not found' page (another's dossier
    does not exist for you)."""
    from ui.components import empty_state
    from ui.frame import frame

    try:
        return await run.io_bound(_load, Caller.here(), int(dossier_id) if dossier_id.isdigit() else -1)
    except DomainError:
        with frame(_(title_key), viewer):
            empty_state('folder_off', _('error.dossier_not_found'), mark='dossier-missing')
        return None


def _read_attachment(caller: Caller, attachment_id: int) -> tuple[bytes, str, str]:
    with session_scope() as session:
        attachment = get_attachment(session, actor=caller.actor(session), attachment_id=attachment_id)
        return stored_path(attachment.stored_name).read_bytes(), attachment.filename, attachment.content_type


async def download_attachment(attachment_id: int) -> None:
    """Permission is checked by the domain on every download; files are never served by path."""
    try:
        data, filename, content_type = await run.io_bound(_read_attachment, Caller.here(), attachment_id)
    except DomainError as error:
        show_error(error)
        return
    ui.download.content(data, filename, content_type)


def header(view: dict) -> None:
    dossier, procedure, agency = view['dossier'], view['procedure'], view['agency']
    english = lang() == 'en'
    with ui.column().classes('portal-card w-full p-6 gap-3'):
        with ui.row().classes('items-center gap-3 w-full'):
            status_badge(dossier.status, status_key(dossier.status)).mark('dossier-status') \
                .props('data-testid=dossier-status')
            if view['on_time'] is not None:
                ui.badge(_('dossier.on_time') if view['on_time'] else _('dossier.late')).props(
                    f'outline color={"positive" if view["on_time"] else "negative"}')
            ui.space()
            ui.label(dossier.code or _('dossier.status.draft')).classes('font-mono text-sm').mark('dossier-code')
        ui.label(procedure.name_en if english else procedure.name).classes('text-xl font-semibold') \
            .props('role=heading aria-level=1')
        facts([
            (_('dossier.code'), dossier.code or ''),
            (_('dossier.agency'), agency.name_en if english else agency.name),
            (_('dossier.applicant'), f'{view["applicant_name"]} ({view["applicant_id_masked"]})'),
            (_('dossier.submitted'), format_datetime(dossier.submitted_at)),
            (_('dossier.due'), format_date(dossier.due_date)),
            (_('dossier.finished'), format_datetime(dossier.finished_at)),
            (_('dossier.result'), dossier.result_note or ''),
            (_('procedure.fee'), format_money(dossier.fee_vnd) if dossier.fee_vnd else ''),
        ])


def form_values(view: dict) -> None:
    fields = view['fields']
    data = view['dossier'].form_data
    if not fields:
        return
    english = lang() == 'en'
    with ui.column().classes('portal-card w-full p-6 gap-2'):
        section_title(_('agency.form_data'))
        facts([(f.label_en if english else f.label, str(data.get(f.name, ''))) for f in fields])


def timeline(view: dict) -> None:
    with ui.column().classes('portal-card w-full p-6 gap-2'):
        section_title(_('dossier.timeline'))
        with ui.timeline(side='right').classes('w-full').mark('timeline'):
            for event in reversed(view['events']):
                subtitle = format_datetime(event.at)
                body = event.note or ''
                if event.due_before and event.due_after and event.due_before != event.due_after:
                    body = (body + '\n' if body else '') + _('dossier.due_moved', before=format_date(event.due_before),
                                                             after=format_date(event.due_after))
                elif event.due_after and not event.due_before:
                    body = (body + '\n' if body else '') + f'{_("dossier.due")}: {format_date(event.due_after)}'
                with ui.timeline_entry(title=_(f'dossier.status.{status_key(event.to_status)}'), subtitle=subtitle,
                                       icon='radio_button_checked'):
                    if body:
                        ui.label(body).classes('text-sm whitespace-pre-line')


def attachments(view: dict) -> None:
    if not view['attachments']:
        return
    with ui.column().classes('portal-card w-full p-6 gap-1'):
        section_title(_('dossier.attachments'))
        for item in view['attachments']:
            with ui.row().classes('w-full items-center gap-3 py-1 no-wrap'):
                ui.icon('picture_as_pdf' if item.content_type == 'application/pdf' else 'image').classes(
                    'text-[#A61D24]' if item.kind != 'result' else 'text-green-700')
                with ui.column().classes('gap-0 grow min-w-0'):
                    ui.label(item.document_name).classes('text-sm font-medium truncate max-w-full')
                    ui.label(f'{item.filename} · {item.size // 1024 + 1} KB · {format_datetime(item.uploaded_at)}') \
                        .classes('text-xs portal-muted truncate max-w-full')
                button = ui.button(icon='download', on_click=lambda i=item.id: download_attachment(i)) \
                    .props('flat round dense').mark(f'download-{item.kind}')
                # each button names its own file (a file name may hold quotes: set as a value, not parsed)
                button.props['aria-label'] = _('dossier.download_result') if item.kind == 'result' \
                    else _('dossier.download_file', name=item.filename)


def details(view: dict) -> None:
    """The form, attachments and timeline side by side (stacked on a phone)."""
    with ui.row().classes('w-full gap-4 items-start'):
        # min-w-0: a long document name is truncated instead of widening the page past the screen
        with ui.column().classes('grow basis-96 gap-4 min-w-0'):
            form_values(view)
            attachments(view)
        with ui.column().classes('grow basis-80 gap-4 min-w-0'):
            timeline(view)
