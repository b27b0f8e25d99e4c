"""Public dossier tracking, without logging in."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.errors import DomainError
from core.ratelimit import tracking_limiter
from domain.dossiers import status_key, track_dossier
from ui.components import facts, section_title, status_badge
from ui.forms import show_error
from ui.frame import frame, portal_page
from ui.session import Viewer, _, client_ip, lang


def _track(ip: str | None, code: str, id_number: str, english: bool) -> dict:
    tracking_limiter.check(ip or 'unknown')
    with session_scope() as session:
        found = track_dossier(session, code=code, id_number=id_number)
        dossier = found['dossier']
        return {'code': dossier.code, 'status': dossier.status, 'key': status_key(dossier.status),
                'procedure': found['procedure'].name_en if english else found['procedure'].name,
                'agency': found['agency'].name_en if english else found['agency'].name,
                'submitted': format_datetime(dossier.submitted_at), 'due': format_date(dossier.due_date),
                'finished': format_datetime(dossier.finished_at),
                'events': [(format_datetime(e.at), e.to_status, status_key(e.to_status), e.note or '')
                           for e in reversed(found['events'])]}


def tracking_page(viewer: Viewer | None, code: str = '') -> None:
    with frame(_('track.title'), viewer):
        with ui.column().classes('portal-card w-full max-w-2xl mx-auto p-6 gap-3'):
            section_title(_('track.title'), 1)
            ui.label(_('track.text')).classes('text-sm portal-muted')
            code_input = ui.input(_('track.code'), value=code[:48]).props('outlined').classes('w-full') \
                .mark('track-code')
            id_input = ui.input(_('track.id_number')).props('outlined inputmode=numeric').classes('w-full') \
                .mark('track-id')
            ui.button(_('track.submit'), icon='manage_search', on_click=lambda: lookup()) \
                .props('unelevated no-caps').mark('track-submit')
        result = ui.column().classes('w-full max-w-2xl mx-auto gap-3')

    async def lookup() -> None:
        result.clear()
        try:
            found = await run.io_bound(_track, client_ip(), code_input.value or '', id_input.value or '',
                                       lang() == 'en')
        except DomainError as error:
            show_error(error)
            return
        with result:
            with ui.column().classes('portal-card w-full p-6 gap-3').mark('track-result'):
                with ui.row().classes('items-center gap-2'):
                    status_badge(found['status'], found['key'])
                    ui.label(found['code']).classes('font-mono text-sm')
                ui.label(found['procedure']).classes('text-lg font-semibold')
                facts([(_('dossier.agency'), found['agency']), (_('dossier.submitted'), found['submitted']),
                       (_('dossier.due'), found['due']), (_('dossier.finished'), found['finished'])])
                with ui.timeline(side='right').classes('w-full'):
                    for at, status, key, note in found['events']:
                        with ui.timeline_entry(title=_(f'dossier.status.{key}'), subtitle=at):
                            if note:
                                ui.label(note).classes('text-sm')


def mount() -> None:
    portal_page('/tra-cuu', area='public')(tracking_page)
