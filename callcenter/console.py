"""The agent console: take and log calls, queues of tickets, caller lookup, knowledge base,
agency directory."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import as_utc, format_date, format_datetime, format_money, now_utc
from core.db import session_scope
from core.errors import DomainError
from core.text import fold
from domain import support
from domain.agencies import list_agencies
from domain.dossiers import status_key
from domain.catalog import search_procedures
from domain.knowledge import search_knowledge
from models.support import CALL_CHANNELS, CALL_DIRECTIONS, CALL_OUTCOMES, CATEGORIES, PRIORITIES, CallLog, TicketCreate
from ui.components import empty_state, loading, section_title, status_badge
from ui.forms import clear_errors, show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, lang, perform
from ui.ticket_view import ticket_status_badge

QUEUE_VIEWS = ('mine', 'unassigned', 'team', 'overdue', 'all')


def options(prefix: str, values) -> dict[str, str]:
    return {value: _(f'{prefix}.{value}') for value in values}


class QueueState:
    def __init__(self) -> None:
        self.view = 'team'
        self.q = ''
        self.category: str | None = None
        self.priority: str | None = None
        self.page = 1


def _queue(caller: Caller, state: QueueState) -> tuple[list[dict], int]:
    with session_scope() as session:
        tickets, total = support.list_tickets(session, actor=caller.actor(session), view=state.view, q=state.q,
                                              category=state.category, priority=state.priority, page=state.page)
        now = now_utc()
        return [{'id': t.id, 'code': t.code, 'subject': t.subject, 'status': t.status, 'priority': t.priority,
                 'category': t.category, 'requester': t.requester_name or '', 'assigned': t.assignee_id is not None,
                 'due': format_datetime(t.sla_due_at), 'breached': support.is_breached(t, now),
                 'soon': t.status in support.ACTIVE and (as_utc(t.sla_due_at) - now).total_seconds() < 3600}
                for t in tickets], total


def ticket_form(on_done, *, call_id: int | None = None, prefill: dict | None = None) -> ui.dialog:
    """The dialog that opens a ticket (from a call or directly)."""
    prefill = prefill or {}
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-xl gap-2'):
        ui.label(_('cc.ticket_from_call') if call_id else _('cc.new_ticket')).classes('text-lg font-semibold')
        fields = {
            'subject': ui.input(_('cc.subject')).props('outlined dense autofocus').classes('w-full').mark('t-subject'),
            'description': ui.textarea(_('cc.description'), value=prefill.get('notes', '')).props('outlined dense')
            .classes('w-full').mark('t-description'),
            'category': ui.select(options('category', CATEGORIES), value=prefill.get('category', 'other'),
                                  label=_('cc.category')).props('outlined dense').classes('w-full'),
            'priority': ui.select(options('priority', PRIORITIES), value='normal', label=_('cc.priority'))
            .props('outlined dense').classes('w-full').mark('t-priority'),
            'requester_name': ui.input(_('cc.caller_name'), value=prefill.get('caller_name', '')).props('outlined dense')
            .classes('w-full'),
            'requester_phone': ui.input(_('cc.caller_phone'), value=prefill.get('caller_phone', ''))
            .props('outlined dense').classes('w-full'),
            'dossier_code': ui.input(_('cc.dossier_code')).props('outlined dense').classes('w-full'),
            'payment_ref': ui.input(_('cc.payment_ref')).props('outlined dense').classes('w-full'),
        }

        async def save() -> None:
            clear_errors(fields)
            data = TicketCreate(**{k: (v.value or None) if k not in ('subject', 'description', 'category', 'priority')
                                   else (v.value or '') for k, v in fields.items()},
                                call_id=call_id, requester_account_id=prefill.get('account_id'))
            try:
                ticket = await run.io_bound(perform, Caller.here(), support.open_ticket, data=data)
            except DomainError as error:
                show_error(error, fields)
                return
            ui.notify(_('cc.ticket_created', code=ticket.code), type='positive')
            dialog.close()
            await on_done(ticket)
        with ui.row().classes('w-full justify-end'):
            ui.button(_('admin.cancel'), on_click=dialog.close).props('flat no-caps')
            ui.button(_('admin.save'), on_click=save).props('unelevated no-caps').mark('t-save')
    return dialog


async def callcenter_home_page(viewer: Viewer) -> None:
    english = lang() == 'en'
    state = QueueState()
    call: dict = {}
    with frame(_('callcenter.title'), viewer, wide=True):
        with ui.row().classes('w-full items-center gap-3'):
            ui.icon('headset_mic', size='2.25rem').classes('text-[#A61D24]')
            with ui.column().classes('gap-0'):
                section_title(_('callcenter.title'), 1)
                ui.label(_('callcenter.subtitle')).classes('portal-muted')
            ui.space()
            if viewer.role in ('supervisor', 'admin'):
                ui.button(_('cc.wallboard'), icon='monitor', on_click=lambda: ui.navigate.to('/callcenter/wallboard')) \
                    .props('outline no-caps')
                ui.button(_('cc.reports'), icon='summarize', on_click=lambda: ui.navigate.to('/callcenter/bao-cao')) \
                    .props('outline no-caps')

        # ---- the call panel (dialogs live in `host`, which outlives the panel's redraws)
        host = ui.element('div')
        call_panel = ui.column().classes('portal-card w-full p-4 gap-2').mark('call-panel') \
            .props('data-testid=call-panel')

        def open_ticket_form(**kwargs) -> None:
            with host:
                ticket_form(after_ticket, **kwargs).open()

        def idle_panel() -> None:
            call_panel.clear()
            with call_panel:
                with ui.row().classes('items-center gap-3 w-full'):
                    ui.button(_('cc.start_call'), icon='call', on_click=start).props('unelevated no-caps size=lg') \
                        .mark('start-call')
                    ui.button(_('cc.new_ticket'), icon='add_task',
                              on_click=lambda: open_ticket_form()).props('outline no-caps') \
                        .mark('new-ticket')

        async def start() -> None:
            try:
                started = await run.io_bound(perform, Caller.here(), support.start_call)
            except DomainError as error:
                show_error(error)
                return
            call.clear()
            call.update(id=started.id, started=as_utc(started.started_at))
            active_panel()

        def active_panel() -> None:
            call_panel.clear()
            with call_panel:
                with ui.row().classes('items-center gap-3 w-full'):
                    ui.icon('phone_in_talk', size='1.75rem').classes('text-green-700 animate-pulse')
                    ui.label(_('cc.call_running')).classes('font-semibold')
                    clock = ui.label('00:00').classes('font-mono text-xl').mark('call-timer')
                    ui.timer(1.0, lambda: clock.set_text(_elapsed(call['started'])))
                with ui.grid(columns='repeat(auto-fit, minmax(14rem, 1fr))').classes('w-full gap-2'):
                    fields = {
                        'caller_phone': ui.input(_('cc.caller_phone')).props('outlined dense').mark('c-phone'),
                        'caller_name': ui.input(_('cc.caller_name')).props('outlined dense').mark('c-name'),
                        'caller_id_number': ui.input(_('cc.caller_id')).props('outlined dense').mark('c-id'),
                        'direction': ui.select(options('direction', CALL_DIRECTIONS), value='inbound',
                                               label=_('cc.direction')).props('outlined dense'),
                        'channel': ui.select(options('channel_cc', CALL_CHANNELS), value='phone',
                                             label=_('cc.channel')).props('outlined dense'),
                        'category': ui.select(options('category', CATEGORIES), value='other', label=_('cc.category'))
                        .props('outlined dense').mark('c-category'),
                        'outcome': ui.select(options('outcome', CALL_OUTCOMES), value='resolved', label=_('cc.outcome'))
                        .props('outlined dense').mark('c-outcome'),
                    }
                fields['notes'] = ui.textarea(_('cc.notes')).props('outlined dense autogrow').classes('w-full') \
                    .mark('c-notes')

                async def finish(open_ticket: bool = False) -> None:
                    clear_errors(fields)
                    values = {k: v.value for k, v in fields.items()}
                    if open_ticket:
                        values['outcome'] = 'ticket'
                    try:
                        logged = await run.io_bound(perform, Caller.here(), support.end_call, call_id=call['id'],
                                                    data=CallLog(**{k: v or None if k.startswith('caller') else v
                                                                    for k, v in values.items()}))
                    except DomainError as error:
                        show_error(error, fields)
                        return
                    ui.notify(_('cc.call_logged'), type='positive')
                    idle_panel()
                    if open_ticket:
                        open_ticket_form(call_id=logged.id, prefill=values | {
                            'account_id': logged.account_id, 'caller_name': logged.caller_name or ''})
                with ui.row().classes('gap-2'):
                    ui.button(_('cc.end_call'), icon='call_end', on_click=lambda: finish()) \
                        .props('unelevated color=negative no-caps').mark('end-call')
                    ui.button(_('cc.ticket_from_call'), icon='add_task', on_click=lambda: finish(True)) \
                        .props('outline no-caps').mark('end-call-ticket')
                    ui.button(_('cc.lookup'), icon='person_search',
                              on_click=lambda: (tabs.set_value(lookup_tab), do_lookup(fields['caller_phone'].value
                                                                                     or fields['caller_id_number'].value))) \
                        .props('flat no-caps')

        async def after_ticket(ticket) -> None:
            ui.navigate.to(f'/callcenter/yeu-cau/{ticket.id}')

        with ui.tabs().classes('w-full').props('align=left no-caps') as tabs:
            queues_tab = ui.tab(_('cc.tab_queues'), icon='inbox')
            lookup_tab = ui.tab(_('cc.tab_lookup'), icon='person_search')
            kb_tab = ui.tab(_('cc.tab_kb'), icon='menu_book')
            directory_tab = ui.tab(_('cc.tab_directory'), icon='contacts')
        with ui.tab_panels(tabs, value=queues_tab).classes('w-full bg-transparent'):
            with ui.tab_panel(queues_tab).classes('p-0 gap-3'):
                with ui.row().classes('w-full items-center gap-2'):
                    view_toggle = ui.toggle(options('cc.view', QUEUE_VIEWS), value='team') \
                        .props('no-caps unelevated toggle-color=primary').mark('queue-view')
                    category = ui.select({'': _('catalog.all')} | options('category', CATEGORIES), value='',
                                         label=_('cc.category')).props('outlined dense').classes('w-48')
                    priority = ui.select({'': _('catalog.all')} | options('priority', PRIORITIES), value='',
                                         label=_('cc.priority')).props('outlined dense').classes('w-40')
                    search = ui.input(_('cc.search')).props('outlined dense clearable debounce=300') \
                        .classes('grow max-w-md').mark('ticket-search')

                @ui.refreshable
                async def queue() -> None:
                    rows, total = await loading(_queue, Caller.here(), state)
                    if not rows:
                        empty_state('inbox', _('cc.no_tickets'), mark='tickets-empty')
                        return
                    with ui.column().classes('portal-card w-full p-1 gap-0').mark('tickets'):
                        for row in rows:
                            tone = 'bg-red-50 border-l-4 border-red-600' if row['breached'] else (
                                'bg-amber-50 border-l-4 border-amber-500' if row['soon'] else '')
                            with ui.link(target=f'/callcenter/yeu-cau/{row["id"]}').classes(
                                    f'w-full no-underline text-[#1F2933] px-4 py-3 border-b border-gray-100 '
                                    f'hover:bg-gray-50 {tone}').mark('ticket-row'):
                                with ui.row().classes('w-full items-center gap-2 no-wrap'):
                                    ticket_status_badge(row['status'])
                                    ui.label(row['code']).classes('font-mono text-sm')
                                    ui.badge(_(f'priority.{row["priority"]}')).props(
                                        f'outline color={"negative" if row["priority"] in ("high", "urgent") else "grey-8"}')
                                    if row['breached']:
                                        ui.badge(_('cc.breached')).props('color=negative').mark('sla-breached')
                                    ui.space()
                                    ui.label(f'{_("cc.sla_due")}: {row["due"]}').classes(
                                        'text-xs ' + ('text-red-700 font-semibold' if row['breached'] else 'portal-muted'))
                                ui.label(row['subject']).classes('text-sm font-medium pt-1')
                                ui.label(_('category.' + row['category']) + ' · ' + row['requester']) \
                                    .classes('text-xs portal-muted')
                    pages = max(1, -(-total // 25))
                    if pages > 1:
                        ui.pagination(1, pages, direction_links=True, value=state.page,
                                      on_change=lambda e: (setattr(state, 'page', e.value), queue.refresh())) \
                            .props('max-pages=7')
                await queue()

                def apply() -> None:
                    state.view, state.q = view_toggle.value, search.value or ''
                    state.category, state.priority, state.page = category.value or None, priority.value or None, 1
                    queue.refresh()
                for element in (view_toggle, category, priority, search):
                    element.on_value_change(apply)

            with ui.tab_panel(lookup_tab).classes('p-0 gap-3'):
                with ui.row().classes('w-full gap-2 items-center'):
                    lookup_input = ui.input(_('cc.lookup_placeholder')).props('outlined dense clearable') \
                        .classes('w-72').mark('lookup-input')
                    ui.button(_('cc.lookup'), icon='search', on_click=lambda: do_lookup(lookup_input.value)) \
                        .props('unelevated no-caps').mark('lookup-submit')
                lookup_result = ui.column().classes('w-full gap-3')

            with ui.tab_panel(kb_tab).classes('p-0 gap-3'):
                kb_input = ui.input(_('cc.kb_search')).props('outlined dense clearable debounce=300') \
                    .classes('w-full max-w-xl').mark('kb-search')
                kb_result = ui.column().classes('w-full gap-2')

            with ui.tab_panel(directory_tab).classes('p-0'):
                _directory(english)

        async def do_lookup(query: str | None) -> None:
            lookup_input.value = query or ''
            lookup_result.clear()
            try:
                found = await run.io_bound(perform, Caller.here(), support.caller_lookup, query=query or '')
            except DomainError as error:
                show_error(error)
                return
            with lookup_result:
                _render_lookup(found)

        async def kb_search() -> None:
            caller = Caller.here()

            def work():
                with session_scope() as session:
                    caller.actor(session)
                    query = kb_input.value or ''
                    procedures = search_procedures(session, q=query, page_size=3).items if query.strip() else []
                    return search_knowledge(session, q=query), procedures
            articles, procedures = await run.io_bound(work)
            kb_result.clear()
            with kb_result:
                if not articles and not procedures:
                    empty_state('search_off', _('cc.kb_empty'), mark='kb-empty')
                for item in procedures:  # the procedure page carries its steps, fees and FAQs
                    with ui.link(target=f'/procedures/{item.code}').classes(
                            'portal-card w-full p-3 no-underline text-[#1F2933] row items-center gap-2') \
                            .mark('kb-procedure'):
                        ui.icon('menu_book').classes('text-[#A61D24]')
                        ui.label(item.name).classes('text-sm font-medium')
                        ui.badge(_('catalog.level_n', level=item.service_level)).props('outline')
                for article in articles:
                    with ui.expansion(article['title']).classes('portal-card w-full').mark('kb-article'):
                        ui.label(article['body']).classes('text-sm whitespace-pre-line')
        kb_input.on_value_change(kb_search)
        await kb_search()
        idle_panel()


def _elapsed(started) -> str:
    seconds = max(0, int((now_utc() - started).total_seconds()))
    return f'{seconds // 60:02d}:{seconds % 60:02d}'


def _render_lookup(found: dict) -> None:
    account = found['account']
    with ui.column().classes('portal-card w-full p-4 gap-1').mark('lookup-account'):
        if account:
            ui.label(account['name']).classes('text-lg font-semibold')
            ui.label(f'{account["id_number"]} · {account["phone"]} · {_("profile.created")}: '
                     f'{format_date(account["created_at"])}').classes('text-sm portal-muted')
        else:
            ui.label(_('cc.no_account')).classes('portal-muted')
    if found['dossiers']:
        with ui.column().classes('portal-card w-full p-4 gap-1'):
            section_title(_('nav.my_dossiers'), 3)
            for d in found['dossiers']:
                with ui.row().classes('items-center gap-2'):
                    status_badge(d['status'], status_key(d['status']))
                    ui.label(d['code']).classes('font-mono text-sm')
                    ui.label(d['procedure']).classes('text-sm')
                    if d['due_date']:
                        ui.label(f'{_("dossier.due")}: {format_date(d["due_date"])}').classes('text-xs portal-muted')
                    if d['fee_vnd']:
                        ui.badge(f'{format_money(d["fee_vnd"])} · '
                                 f'{_("cc.fee_paid") if d["fee_paid"] else _("cc.fee_unpaid")}') \
                            .props(f'outline color={"positive" if d["fee_paid"] else "warning"}')
    if found['payments']:
        with ui.column().classes('portal-card w-full p-4 gap-1').mark('lookup-payments'):
            section_title(_('pay.history'), 3)
            for p in found['payments']:
                with ui.row().classes('items-center gap-2'):
                    ui.badge(_(f'pay.status.{p["status"]}')).props('outline')
                    ui.label(p['code']).classes('font-mono text-sm')
                    ui.label(format_money(p['amount'])).classes('text-sm font-medium')
                    ui.label(p['description']).classes('text-sm portal-muted')
                    ui.label(format_datetime(p['at'])).classes('text-xs portal-muted')
                    if p['receipt']:
                        ui.label(p['receipt']).classes('text-xs font-mono')
                    if p['refund_due']:
                        ui.badge(_('agency_pay.problem.refund_due')).props('color=warning')
    for title, items, render in ((_('cc.earlier_tickets'), found['tickets'], _ticket_line),
                                 (_('cc.earlier_calls'), found['calls'], _call_line)):
        if items:
            with ui.column().classes('portal-card w-full p-4 gap-1'):
                section_title(title, 3)
                for item in items:
                    render(item)


def _ticket_line(ticket) -> None:
    with ui.link(target=f'/callcenter/yeu-cau/{ticket.id}').classes('row items-center gap-2 no-underline text-[#1F2933]'):
        ticket_status_badge(ticket.status)
        ui.label(ticket.code).classes('font-mono text-sm')
        ui.label(ticket.subject).classes('text-sm')


def _call_line(call) -> None:
    with ui.row().classes('items-center gap-2'):
        ui.label(format_datetime(call.started_at)).classes('text-xs portal-muted')
        if call.category:
            ui.label(_(f'category.{call.category}')).classes('text-sm')
        if call.outcome:
            ui.badge(_(f'outcome.{call.outcome}')).props('outline')
        ui.label(call.notes or '').classes('text-sm portal-muted')


def _directory(english: bool) -> None:
    with session_scope() as session:
        agencies = [{'code': a.code, 'name': a.name_en if english else a.name, 'kind': _(f'agency_kind.{a.kind}'),
                     'folded': fold(a.name + ' ' + a.name_en + ' ' + a.code)} for a in list_agencies(session)]
    search = ui.input(_('callcenter.directory_search')).props('outlined dense clearable').classes('w-full max-w-md') \
        .mark('directory-search')
    columns = [{'name': k, 'label': _(f'callcenter.col_{k}'), 'field': k, 'align': 'left'} for k in ('code', 'name', 'kind')]
    table = ui.table(columns=columns, rows=agencies, row_key='code', pagination=10).classes('w-full portal-card') \
        .props('flat').mark('directory')
    search.on_value_change(lambda: setattr(table, 'rows', [r for r in agencies if fold(search.value or '') in r['folded']]))


def mount() -> None:
    portal_page('/callcenter', area='callcenter')(callcenter_home_page)
