"""The records-sync log: which system sent which batch, when, and how much of it was accepted."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_datetime, format_number
from core.db import session_scope
from domain.records import sync_log
from ui.components import empty_state
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _


def _log(caller: Caller) -> dict:
    with session_scope() as session:
        found = sync_log(session, actor=caller.actor(session))
        rows = [{'id': b.id, 'time': format_datetime(b.created_at), 'client': b.client_id, 'agency': code,
                 'received': format_number(b.received), 'accepted': format_number(b.accepted),
                 'rejected': format_number(b.rejected), 'key': b.idempotency_key[:24]}
                for b, code in found['batches']]
        return {'rows': rows, 'records': format_number(found['records'])}


async def sync_log_page(viewer: Viewer) -> None:
    data = await run.io_bound(_log, Caller.here())
    with frame(_('sync.title'), viewer, wide=True):
        with ui.row().classes('w-full items-end'):
            with ui.column().classes('gap-0'):
                ui.label(_('sync.title')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
                ui.label(_('sync.subtitle')).classes('portal-muted text-sm')
            ui.space()
            with ui.column().classes('portal-card px-4 py-2 gap-0 items-end'):
                ui.label(_('sync.records_total')).classes('text-xs portal-muted')
                ui.label(data['records']).classes('text-2xl font-semibold').mark('sync-records-total')
        if not data['rows']:
            empty_state('sync_disabled', _('sync.empty'), _('sync.empty_text'), mark='sync-empty')
            return
        columns = [{'name': k, 'label': _(f'sync.col.{k}'), 'field': k, 'align': 'right' if k in (
            'received', 'accepted', 'rejected') else 'left'} for k in
            ('time', 'agency', 'client', 'received', 'accepted', 'rejected', 'key')]
        ui.table(columns=columns, rows=data['rows'], row_key='id', pagination=20) \
            .classes('portal-card w-full').props('flat').mark('sync-table')


def mount() -> None:
    portal_page('/agency/dong-bo', area='agency')(sync_log_page)
