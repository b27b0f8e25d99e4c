"""One ticket, as the call centre works it."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_datetime
from core.db import session_scope
from core.errors import DomainError
from domain import support
from domain.agencies import list_agencies
from models.support import Ticket
from sqlalchemy import select
from ui.components import empty_state, facts
from ui.forms import attempt, show_error
from ui.frame import frame, portal_page
from ui.pickers import SearchSelect
from ui.session import Caller, Viewer, _, lang, perform
from ui.ticket_view import ticket_status_badge, timeline


def _load(caller: Caller, ticket_id: int, english: bool) -> dict:
    with session_scope() as session:
        actor = caller.actor(session)
        view = support.ticket_view(session, actor=actor, ticket_id=ticket_id)
        view['macros'] = [(m.title, m.body) for m in support.list_macros(session, actor=actor)]
        view['staff'] = {a.id: a.full_name for a in support.staff_directory(session, actor=actor)}
        view['agencies'] = {a.code: f'{a.code} · {a.name_en if english else a.name}' for a in list_agencies(session)}
        view['assignee_name'] = view['people'].get(view['ticket'].assignee_id) or view['staff'].get(
            view['ticket'].assignee_id)
        return view


def _ticket_id_by_code(code: str) -> int | None:
    with session_scope() as session:
        return session.execute(select(Ticket.id).where(Ticket.code == code.strip().upper())).scalar_one_or_none()


async def ticket_page(viewer: Viewer, ticket_id: str) -> None:
    english = lang() == 'en'
    try:
        view = await run.io_bound(_load, Caller.here(), int(ticket_id) if ticket_id.isdigit() else -1, english)
    except DomainError:
        with frame(_('cc.tab_queues'), viewer):
            empty_state('search_off', _('error.ticket_not_found'), mark='ticket-missing')
        return
    ticket = view['ticket']
    supervisor = viewer.role in ('supervisor', 'admin')

    async def act(function, **kwargs) -> None:
        await attempt(function, ticket_id=ticket.id, done=_('cc.done'), **kwargs)

    with frame(ticket.code, viewer, wide=True):
        ui.link(_('cc.tab_queues'), '/callcenter').classes('text-sm')
        with ui.column().classes('portal-card w-full p-5 gap-2'):
            with ui.row().classes('items-center gap-2 w-full'):
                ticket_status_badge(ticket.status).mark('ticket-status').props('data-testid=ticket-status')
                ui.label(ticket.code).classes('font-mono').mark('ticket-code')
                ui.badge(_(f'priority.{ticket.priority}')).props('outline')
                if view['breached']:
                    ui.badge(_('cc.breached')).props('color=negative').mark('sla-breached')
                ui.space()
                ui.label(f'{_("cc.sla_due")}: {format_datetime(ticket.sla_due_at)}').classes(
                    'text-sm ' + ('text-red-700 font-semibold' if view['breached'] else 'portal-muted'))
            ui.label(ticket.subject).classes('text-xl font-semibold').props('role=heading aria-level=1')
            facts([
                (_('cc.requester'), ' · '.join(x for x in (ticket.requester_name, view['requester_phone_masked'],
                                                           view['requester_id_masked']) if x)),
                (_('cc.category'), _(f'category.{ticket.category}')),
                (_('cc.source'), _(f'source.{ticket.source}')),
                (_('cc.assignee'), view['assignee_name'] or _('cc.unassigned')),
                (_('dossier.code'), view['dossier_code'] or ''),
                (_('cc.payment_ref'), ticket.payment_ref or ''),
                (_('cc.escalate_agency'), view['agency'].name if view['agency'] else ''),
                (_('cc.merge'), view['merged_into'] or ''),
                (_('dossier.rate_title'), f'{ticket.csat}/5' if ticket.csat else ''),
            ])
            with ui.row().classes('gap-2 pt-2').mark('ticket-actions'):
                if ticket.assignee_id != viewer.id and ticket.status != 'closed':
                    ui.button(_('cc.take'), icon='pan_tool',
                              on_click=lambda: act(support.assign, assignee_id=viewer.id, version=ticket.version)) \
                        .props('outline no-caps').mark('take')
                for to in view['next_statuses']:
                    if to == 'pending_agency':
                        continue  # through escalation, which names the agency
                    ui.button(_(f'ticket.status.{to}'), on_click=lambda t=to: act(
                        support.change_status, to=t, version=ticket.version)).props('unelevated no-caps') \
                        .mark(f'to-{to}')

        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('grow basis-96 gap-4'):
                if ticket.status != 'closed':
                    with ui.column().classes('portal-card w-full p-5 gap-2').mark('reply-box'):
                        macro = ui.select({body: title for title, body in view['macros']}, label=_('cc.macro'),
                                          with_input=True, clearable=True).props('outlined dense').classes('w-full')
                        body = ui.textarea(_('cc.reply')).props('outlined autogrow').classes('w-full').mark('reply-body')
                        macro.on_value_change(lambda e: body.set_value(e.value) if e.value else None)
                        with ui.row().classes('gap-2'):
                            ui.button(_('cc.reply'), icon='send', on_click=lambda: act(
                                support.reply, body=body.value, public=True, version=ticket.version)) \
                                .props('unelevated no-caps').mark('send-reply')
                            ui.button(_('cc.note'), icon='sticky_note_2', on_click=lambda: act(
                                support.reply, body=body.value, public=False, version=ticket.version)) \
                                .props('outline no-caps').mark('send-note')
                    with ui.column().classes('portal-card w-full p-5 gap-2').mark('escalate-box'):
                        ui.label(_('cc.escalate')).classes('font-semibold')
                        agency = SearchSelect(view['agencies'], label=_('cc.escalate_agency')) \
                            .props('outlined dense').classes('w-full').mark('escalate-agency')
                        note = ui.textarea(_('dossier.note')).props('outlined autogrow').classes('w-full') \
                            .mark('escalate-note')
                        ui.button(_('cc.escalate'), icon='forward_to_inbox', on_click=lambda: act(
                            support.escalate, agency_code=agency.value or '', note=note.value, version=ticket.version)) \
                            .props('outline no-caps').mark('escalate')
                    if supervisor:
                        with ui.column().classes('portal-card w-full p-5 gap-2').mark('supervisor-box'):
                            assignee = ui.select(view['staff'], value=ticket.assignee_id, label=_('cc.reassign')) \
                                .props('outlined dense').classes('w-full').mark('reassign')
                            ui.button(_('cc.reassign'), on_click=lambda: act(
                                support.assign, assignee_id=assignee.value, version=ticket.version)) \
                                .props('outline no-caps')
                            into = ui.input(_('cc.merge_code')).props('outlined dense').classes('w-full') \
                                .mark('merge-code')

                            async def merge() -> None:
                                target = await run.io_bound(_ticket_id_by_code, into.value or '')
                                if target is None:
                                    into.error = _('error.ticket_not_found')
                                    return
                                try:
                                    await run.io_bound(perform, Caller.here(), support.merge_tickets,
                                                       duplicate_id=ticket.id, into_id=target, version=ticket.version)
                                except DomainError as error:
                                    show_error(error)
                                    return
                                ui.navigate.to(f'/callcenter/yeu-cau/{target}')
                            ui.button(_('cc.merge'), icon='merge', on_click=merge).props('outline no-caps').mark('merge')
            with ui.column().classes('grow basis-96 gap-4'):
                with ui.column().classes('portal-card w-full p-5 gap-1'):
                    ui.label(_('cc.description')).classes('font-semibold')
                    ui.label(ticket.description).classes('text-sm whitespace-pre-line')
                timeline(view, staff=True)


def mount() -> None:
    portal_page('/callcenter/yeu-cau/{ticket_id}', area='callcenter')(ticket_page)
