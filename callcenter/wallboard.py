"""The supervisors' live wallboard: it redraws itself within a second of any change."""
from __future__ import annotations

from nicegui import run, ui

from core import events
from core.clock import format_number
from core.db import session_scope
from domain import support
from ui.components import section_title
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _

POLL_SECONDS = 1.0


def _figures(caller: Caller) -> dict:
    with session_scope() as session:
        return support.wallboard(session, actor=caller.actor(session))


def _tile(label: str, value: str, icon: str, mark: str, alert: bool = False) -> None:
    with ui.column().classes('portal-card p-5 gap-1 grow basis-56 ' + ('bg-red-50 border-2 border-red-500' if alert else '')):
        with ui.row().classes('items-center gap-2'):
            ui.icon(icon, size='1.5rem').classes('text-red-700' if alert else 'text-[#A61D24]')
            ui.label(label).classes('text-sm portal-muted')
        ui.label(value).classes('text-4xl font-bold ' + ('text-red-700' if alert else 'text-[#1F2933]')) \
            .mark(mark).props(f'data-testid={mark}')


async def wallboard_page(viewer: Viewer) -> None:
    caller = Caller.here()
    seen = {'version': None}
    with frame(_('cc.wallboard'), viewer, wide=True):
        with ui.row().classes('w-full items-center'):
            section_title(_('cc.wallboard'), 1)
            ui.space()
            ui.label(_('cc.live_note')).classes('text-sm portal-muted')

        @ui.refreshable
        async def board() -> None:
            f = await run.io_bound(_figures, caller)
            minutes, seconds = divmod(f['average_handling_seconds'], 60)
            with ui.row().classes('w-full gap-4'):
                _tile(_('cc.calls_today'), format_number(f['calls_today']), 'call', 'wb-calls-today')
                _tile(_('cc.calls_in_progress'), format_number(f['calls_in_progress']), 'phone_in_talk',
                      'wb-in-progress')
                _tile(_('cc.open_tickets'), format_number(f['open_tickets']), 'inbox', 'wb-open-tickets')
                _tile(_('cc.sla_breaches'), format_number(f['sla_breaches']), 'alarm', 'wb-breaches',
                      alert=f['sla_breaches'] > 0)
                _tile(_('cc.tickets_today'), format_number(f['tickets_today']), 'add_task', 'wb-tickets-today')
                _tile(_('cc.aht'), f'{minutes}:{seconds:02d}', 'timer', 'wb-aht')
                _tile(_('cc.fcr'), '—' if f['first_contact_resolution'] is None
                      else f'{format_number(f["first_contact_resolution"])} %', 'task_alt', 'wb-fcr')
                _tile(_('cc.csat'), '—' if f['csat'] is None else f'{format_number(f["csat"])} / 5', 'star', 'wb-csat')

        seen['version'] = events.version(support.TOPIC)
        await board()

        def poll() -> None:
            current = events.version(support.TOPIC)
            if current != seen['version']:
                seen['version'] = current
                board.refresh()
        ui.timer(POLL_SECONDS, poll)


def mount() -> None:
    portal_page('/callcenter/wallboard', area='callcenter_supervisor')(wallboard_page)
