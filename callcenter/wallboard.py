"""The supervisors' live wallboard: it redraws itself within a second of any change."""
from __future__ import annotations

from nicegui import run, ui

from core import events
from core.clock import format_number
from core.db import session_scope
from domain import support
from ui.components import figure_tile, figure_tiles, section_title
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _

POLL_SECONDS = 1.0


def _figures(caller: Caller) -> dict:
    with session_scope() as session:
        return support.wallboard(session, actor=caller.actor(session))


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
            figure_tiles([
                figure_tile(_('cc.calls_today'), format_number(f['calls_today']), 'call', 'wb-calls-today', large=True),
                figure_tile(_('cc.calls_in_progress'), format_number(f['calls_in_progress']), 'phone_in_talk',
                            'wb-in-progress', large=True),
                figure_tile(_('cc.open_tickets'), format_number(f['open_tickets']), 'inbox', 'wb-open-tickets',
                            large=True),
                figure_tile(_('cc.sla_breaches'), format_number(f['sla_breaches']), 'alarm', 'wb-breaches',
                            alert=f['sla_breaches'] > 0, large=True),
                figure_tile(_('cc.tickets_today'), format_number(f['tickets_today']), 'add_task', 'wb-tickets-today',
                            large=True),
                figure_tile(_('cc.aht'), f'{minutes}:{seconds:02d}', 'timer', 'wb-aht', large=True),
                figure_tile(_('cc.fcr'), '—' if f['first_contact_resolution'] is None
                            else f'{format_number(f["first_contact_resolution"])} %', 'task_alt', 'wb-fcr', large=True),
                figure_tile(_('cc.csat'), '—' if f['csat'] is None else f'{format_number(f["csat"])} / 5', 'star',
                            'wb-csat', large=True),
            ], gap='gap-4')

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
