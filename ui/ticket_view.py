"""A ticket's timeline, as its requester and the staff see it."""
from __future__ import annotations

from nicegui import ui

from core.clock import format_datetime
from ui.components import section_title
from ui.session import _

TICKET_COLOURS = {'new': 'blue-8', 'open': 'deep-orange-10', 'pending_citizen': 'brown-6', 'pending_agency': 'purple-8',
                  'resolved': 'green-9', 'closed': 'grey-7'}


def ticket_status_badge(status: str) -> ui.badge:
    return ui.badge(_(f'ticket.status.{status}')).props(f'color={TICKET_COLOURS.get(status, "grey")}') \
        .classes('text-sm px-2 py-1')


def timeline(view: dict, *, staff: bool) -> None:
    with ui.column().classes('portal-card w-full p-5 gap-2').mark('ticket-timeline'):
        section_title(_('dossier.timeline'))
        for event in reversed(view['events']):
            internal = not event.public
            who = view['people'].get(event.actor_id, '') if staff else ''
            with ui.column().classes('w-full gap-0 p-3 rounded-lg ' + (
                    'bg-amber-50 border border-amber-200' if internal else 'bg-gray-50')):
                with ui.row().classes('items-center gap-2 w-full'):
                    ui.label(_(f'ticket.event.{event.kind}')).classes('text-sm font-semibold')
                    if internal:
                        ui.badge(_('cc.internal')).props('color=amber-9 outline')
                    if event.to_status and event.kind in ('status', 'created', 'merge'):
                        ticket_status_badge(event.to_status)
                    ui.space()
                    ui.label(f'{who} · {format_datetime(event.at)}' if who else format_datetime(event.at)) \
                        .classes('text-xs portal-muted')
                if event.body:
                    ui.label(event.body).classes('text-sm whitespace-pre-line pt-1')
                if event.kind == 'rating':
                    ui.label('★' * int(event.detail.get('score', 0))).classes('text-amber-600')
