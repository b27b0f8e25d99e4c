"""Requests escalated by the call centre, answered by the agency."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_datetime
from core.db import session_scope
from core.errors import DomainError
from domain import support
from ui.components import empty_state, section_title
from ui.forms import attempt, show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _
from ui.ticket_view import ticket_status_badge, timeline


def _tickets(caller: Caller) -> list[dict]:
    with session_scope() as session:
        actor = caller.actor(session)
        result = []
        for ticket in support.agency_tickets(session, actor=actor):
            view = support.ticket_view(session, actor=actor, ticket_id=ticket.id)
            result.append(view)
        return result


async def agency_tickets_page(viewer: Viewer) -> None:
    try:
        views = await run.io_bound(_tickets, Caller.here())
    except DomainError as error:
        views = []
        show_error(error)
    with frame(_('cc.agency_tickets'), viewer, wide=True):
        ui.link(_('agency.back_to_queue'), '/agency').classes('text-sm')
        section_title(_('cc.agency_tickets'), 1)
        if not views:
            empty_state('mark_email_read', _('cc.agency_none'), mark='agency-tickets-empty')
        for view in views:
            ticket = view['ticket']
            with ui.column().classes('portal-card w-full p-5 gap-2').mark('agency-ticket'):
                with ui.row().classes('items-center gap-2 w-full'):
                    ticket_status_badge(ticket.status)
                    ui.label(ticket.code).classes('font-mono')
                    ui.space()
                    ui.label(format_datetime(ticket.updated_at)).classes('text-xs portal-muted')
                ui.label(ticket.subject).classes('text-lg font-semibold')
                ui.label(ticket.description).classes('text-sm whitespace-pre-line')
                if ticket.status == 'pending_agency':
                    answer = ui.textarea(_('cc.agency_answer')).props('outlined autogrow').classes('w-full') \
                        .mark('agency-answer')

                    async def send(t=ticket, box=answer) -> None:
                        await attempt(support.agency_answer, fields={'body': box}, done=_('cc.done'),
                                      ticket_id=t.id, body=box.value, version=t.version)
                    ui.button(_('cc.agency_answer'), icon='reply', on_click=send).props('unelevated no-caps') \
                        .mark('agency-answer-send')
                with ui.expansion(_('dossier.timeline')).classes('w-full'):
                    timeline(view, staff=True)


def mount() -> None:
    portal_page('/agency/yeu-cau', area='agency')(agency_tickets_page)
