"""Hỗ trợ: citizens send support requests, follow and answer them, and rate the resolution."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_datetime
from core.db import session_scope
from core.errors import DomainError
from domain import support
from domain.knowledge import search_knowledge
from models.support import CATEGORIES
from ui.components import empty_state, section_title
from ui.forms import attempt, clear_errors, show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, perform
from ui.ticket_view import ticket_status_badge, timeline


def _mine(caller: Caller) -> list[dict]:
    with session_scope() as session:
        return [{'id': t.id, 'code': t.code, 'subject': t.subject, 'status': t.status,
                 'updated': format_datetime(t.updated_at)} for t in support.my_tickets(session, actor=caller.actor(session))]


def _faq() -> list[dict]:
    with session_scope() as session:
        return search_knowledge(session, limit=8)


async def support_page(viewer: Viewer | None) -> None:
    faq = await run.io_bound(_faq)
    applicant = viewer is not None and viewer.role in ('citizen', 'enterprise')
    mine = await run.io_bound(_mine, Caller.here()) if applicant else []
    with frame(_('support.title'), viewer, wide=True):
        section_title(_('support.title'), 1)
        ui.label(_('support.intro')).classes('portal-muted')
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('grow basis-96 gap-4'):
                if not applicant:
                    with ui.row().classes('portal-card w-full p-5 items-center gap-3').mark('support-login'):
                        ui.icon('support_agent', size='2rem').classes('text-[#A61D24]')
                        ui.label(_('support.login')).classes('grow')
                        if viewer is None:
                            ui.button(_('account.login'), on_click=lambda: ui.navigate.to('/login?next=/ho-tro')) \
                                .props('unelevated no-caps')
                else:
                    with ui.column().classes('portal-card w-full p-5 gap-2').mark('support-form'):
                        section_title(_('support.new'))
                        fields = {
                            'subject': ui.input(_('cc.subject')).props('outlined').classes('w-full').mark('s-subject'),
                            'category': ui.select({c: _(f'category.{c}') for c in CATEGORIES}, value='other',
                                                  label=_('cc.category')).props('outlined').classes('w-full')
                            .mark('s-category'),
                            'dossier_code': ui.input(_('cc.dossier_code')).props('outlined').classes('w-full'),
                            'description': ui.textarea(_('cc.description')).props('outlined').classes('w-full')
                            .mark('s-description'),
                        }

                        async def send() -> None:
                            clear_errors(fields)
                            try:
                                ticket = await run.io_bound(perform, Caller.here(), support.request_support,
                                                            subject=fields['subject'].value or '',
                                                            description=fields['description'].value or '',
                                                            category=fields['category'].value,
                                                            dossier_code=fields['dossier_code'].value or None)
                            except DomainError as error:
                                show_error(error, fields)
                                return
                            ui.notify(_('support.sent', code=ticket.code), type='positive')
                            ui.navigate.to(f'/ho-tro/{ticket.id}')
                        ui.button(_('support.new'), icon='send', on_click=send).props('unelevated no-caps') \
                            .mark('s-send')
                    with ui.column().classes('portal-card w-full p-5 gap-1').mark('my-tickets'):
                        section_title(_('support.mine'))
                        if not mine:
                            ui.label(_('support.none')).classes('portal-muted text-sm')
                        for row in mine:
                            with ui.link(target=f'/ho-tro/{row["id"]}').classes(
                                    'row items-center gap-2 no-underline text-[#1F2933] py-2 border-b border-gray-100'):
                                ticket_status_badge(row['status'])
                                ui.label(row['code']).classes('font-mono text-sm')
                                ui.label(row['subject']).classes('text-sm grow')
                                ui.label(row['updated']).classes('text-xs portal-muted')
            with ui.column().classes('portal-card grow basis-80 p-5 gap-1').mark('faq'):
                section_title(_('support.kb_title'))
                for article in faq:
                    with ui.expansion(article['title']).classes('w-full').props('dense'):
                        ui.label(article['body']).classes('text-sm whitespace-pre-line')


def _view(caller: Caller, ticket_id: int) -> dict:
    with session_scope() as session:
        return support.ticket_view(session, actor=caller.actor(session), ticket_id=ticket_id)


async def my_ticket_page(viewer: Viewer, ticket_id: str) -> None:
    try:
        view = await run.io_bound(_view, Caller.here(), int(ticket_id) if ticket_id.isdigit() else -1)
    except DomainError:
        with frame(_('support.title'), viewer):
            empty_state('search_off', _('error.ticket_not_found'), mark='ticket-missing')
        return
    ticket = view['ticket']
    with frame(ticket.code, viewer):
        ui.link(_('support.mine'), '/ho-tro').classes('text-sm')
        with ui.column().classes('portal-card w-full p-5 gap-2'):
            with ui.row().classes('items-center gap-2'):
                ticket_status_badge(ticket.status).mark('ticket-status').props('data-testid=ticket-status')
                ui.label(ticket.code).classes('font-mono')
            ui.label(ticket.subject).classes('text-xl font-semibold').props('role=heading aria-level=1')
        if ticket.status != 'closed':
            with ui.column().classes('portal-card w-full p-5 gap-2').mark('citizen-reply'):
                body = ui.textarea(_('support.reply')).props('outlined autogrow').classes('w-full').mark('c-reply')

                async def send() -> None:
                    await attempt(support.reply, fields={'body': body}, ticket_id=ticket.id, body=body.value)
                ui.button(_('cc.send'), icon='send', on_click=send).props('unelevated no-caps').mark('c-send')
        if ticket.status in ('resolved', 'closed') and ticket.merged_into_id is None:
            with ui.column().classes('portal-card w-full p-5 gap-2').mark('ticket-rating'):
                section_title(_('support.rate'))
                if ticket.csat:
                    ui.label(_('support.your_rating', score=ticket.csat)).mark('ticket-rated')
                else:
                    stars = ui.rating(value=0, max=5, size='lg').props('color=amber-8').mark('t-stars')
                    comment = ui.textarea(_('dossier.rate_comment')).props('outlined').classes('w-full')

                    async def rate() -> None:
                        await attempt(support.rate_ticket, done=_('support.rated'), ticket_id=ticket.id,
                                      score=int(stars.value or 0), comment=comment.value)
                    ui.button(_('dossier.rate_submit'), on_click=rate).props('unelevated no-caps').mark('t-rate')
        timeline(view, staff=False)


def mount() -> None:
    portal_page('/ho-tro', area='public')(support_page)
    portal_page('/ho-tro/{ticket_id}', area='account')(my_ticket_page)
