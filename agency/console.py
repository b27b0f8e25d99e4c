"""The agency officer console: the agency's queue, and handling one dossier."""
from __future__ import annotations

from nicegui import run, ui

from core.clock import format_date, format_datetime
from core.db import session_scope
from core.settings import get_settings
from domain import dossiers as rules
from domain.agencies import get_agency
from domain.dossiers import agency_queue, status_key
from ui import dossier_view as parts
from ui.components import empty_state, loading, section_title, status_badge
from ui.forms import attempt
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, lang

PAGE_SIZE = 20
FLAG_CLASSES = {'overdue': 'bg-red-50 border-l-4 border-red-600', 'due_soon': 'bg-amber-50 border-l-4 border-amber-500'}


class QueueView:
    def __init__(self) -> None:
        self.due: str | None = 'open'
        self.status: int | None = None
        self.q = ''
        self.page = 1


def _queue(caller: Caller, view: QueueView) -> tuple[list[dict], int]:
    with session_scope() as session:
        rows, total = agency_queue(session, actor=caller.actor(session), status=view.status, due=view.due, q=view.q,
                                   page=view.page, page_size=PAGE_SIZE)
        return [{'id': r['dossier'].id, 'code': r['dossier'].code, 'status': r['dossier'].status,
                 'key': status_key(r['dossier'].status), 'procedure': r['procedure_name'],
                 'applicant': r['applicant_name'], 'submitted': format_datetime(r['dossier'].submitted_at),
                 'due': format_date(r['dossier'].due_date), 'flag': r['flag']} for r in rows], total


def _agency_name(agency_id: int | None, english: bool) -> str | None:
    if not agency_id:
        return None
    with session_scope() as session:
        agency = get_agency(session, agency_id=agency_id)
        return agency.name_en if english else agency.name


async def agency_home_page(viewer: Viewer) -> None:
    agency_name = await run.io_bound(_agency_name, viewer.agency_id, lang() == 'en')
    view = QueueView()
    with frame(_('agency.title'), viewer, wide=True):
        section_title(_('agency.title'), 1)
        if agency_name is None:
            with ui.row().classes('portal-card p-6 w-full items-center gap-3').mark('agency-unbound'):
                ui.icon('info', size='2rem').classes('text-[#1D4ED8]')
                ui.label(_('agency.no_agency'))
            return
        ui.label(_('agency.subtitle', agency=agency_name)).classes('portal-muted').mark('agency-name')
        with ui.row().classes('w-full items-center gap-2'):
            tabs = ui.toggle({'open': _('agency.filter_open'), 'due_soon': _('agency.filter_due_soon'),
                              'overdue': _('agency.filter_overdue'), '': _('agency.filter_all')}, value='open') \
                .props('no-caps unelevated toggle-color=primary').mark('queue-filter')
            status = ui.select({-1: _('catalog.all')} | {s: _(f'dossier.status.{status_key(s)}') for s in range(1, 11)},
                               value=-1, label=_('dossier.status')).props('outlined dense').classes('w-56') \
                .mark('status-filter')
            search = ui.input(_('agency.search')).props('outlined dense clearable debounce=300') \
                .classes('grow max-w-md').mark('queue-search')

        @ui.refreshable
        async def queue() -> None:
            rows, total = await loading(_queue, Caller.here(), view)
            if not rows:
                empty_state('inbox', _('agency.empty'), mark='queue-empty')
                return
            with ui.column().classes('portal-card w-full p-1 gap-0').mark('queue'):
                for row in rows:
                    with ui.link(target=f'/agency/ho-so/{row["id"]}').classes(
                            'w-full no-underline text-[#1F2933] px-4 py-3 border-b border-gray-100 hover:bg-gray-50 '
                            + FLAG_CLASSES.get(row['flag'], '')).mark(f'queue-row-{row["flag"] or "normal"}'):
                        with ui.row().classes('w-full items-center gap-3 no-wrap'):
                            status_badge(row['status'], row['key'])
                            ui.label(row['code']).classes('font-mono text-sm')
                            if row['flag']:
                                ui.badge(_(f'dossier.{row["flag"]}')).props(
                                    f'color={"negative" if row["flag"] == "overdue" else "warning"}')
                            ui.space()
                            ui.label(f'{_("dossier.due")}: {row["due"]}' if row['due'] else row['submitted']) \
                                .classes('text-xs portal-muted')
                        ui.label(row['procedure']).classes('text-sm font-medium pt-1')
                        ui.label(row['applicant']).classes('text-xs portal-muted')
            pages = max(1, -(-total // PAGE_SIZE))
            if pages > 1:
                ui.pagination(1, pages, direction_links=True, value=view.page,
                              on_change=lambda e: (setattr(view, 'page', e.value), queue.refresh())).props('max-pages=7')

        await queue()

        def apply() -> None:
            view.due = tabs.value or None
            view.status = None if status.value == -1 else status.value
            view.q = search.value or ''
            view.page = 1
            queue.refresh()
        for element in (tabs, status, search):
            element.on_value_change(apply)


# action -> (domain function, what the officer must type: None | 'note' | 'amount' | 'finish')
OFFICER_ACTIONS = {
    'accept': (rules.accept_dossier, None),
    'reject': (rules.reject_dossier, 'note'),
    'process': (rules.start_processing, None),
    'request_documents': (rules.request_documents, 'note'),
    'request_fee': (rules.request_fee, 'amount'),
    'confirm_fee': (rules.confirm_fee, None),
    'stop': (rules.stop_dossier, 'note'),
    'finish': (rules.finish_dossier, 'finish'),
    'return_result': (rules.return_result, None),
}


async def agency_dossier_page(viewer: Viewer, dossier_id: str) -> None:
    view = await parts.load_or_explain(viewer, dossier_id, 'agency.title')
    if view is None:
        return
    dossier = view['dossier']
    with frame(dossier.code or '', viewer, wide=True):
        ui.link(_('agency.back_to_queue'), '/agency').classes('text-sm')
        parts.header(view)
        actions = [a for a in view['actions'] if a in OFFICER_ACTIONS]
        if actions:
            with ui.row().classes('w-full gap-2').mark('officer-actions'):
                for name in actions:
                    negative = name in ('reject', 'stop')
                    ui.button(_(f'dossier.action.{name}'), on_click=lambda n=name: run_action(n)) \
                        .props(f'{"outline color=negative" if negative else "unelevated"} no-caps') \
                        .mark(f'action-{name}')
        parts.details(view)

    async def run_action(name: str) -> None:
        function, needs = OFFICER_ACTIONS[name]
        kwargs: dict = {'dossier_id': dossier.id, 'expected_version': dossier.version}
        if needs:
            values = await _ask(name, needs)
            if values is None:
                return
            kwargs |= values
        await attempt(function, done=_('dossier.done'), **kwargs)


async def _ask(name: str, needs: str) -> dict | None:
    """A dialog for what an action needs: a reason, an amount, or a result note and file."""
    result_file: dict = {}
    with ui.dialog() as dialog, ui.card().classes('w-full max-w-lg gap-2'):
        ui.label(_(f'dossier.action.{name}')).classes('text-lg font-semibold')
        note = amount = None
        if needs in ('note', 'finish'):
            note = ui.textarea(_('dossier.reason') if needs == 'note' else _('dossier.result')) \
                .props('outlined autofocus').classes('w-full').mark('action-note')
        if needs == 'amount':
            amount = ui.number(_('dossier.amount'), min=1000, step=1000, format='%.0f').props('outlined') \
                .classes('w-full').mark('action-amount')
        if needs == 'finish':
            async def keep(event) -> None:
                result_file['data'] = (await event.file.read(), event.file.name)
            ui.upload(label=_('dossier.result_file'), auto_upload=True, on_upload=keep,
                      max_file_size=get_settings().upload_max_bytes) \
                .props('accept=".pdf,.jpg,.jpeg,.png" flat bordered').classes('w-full').mark('result-upload')
        with ui.row().classes('w-full justify-end'):
            ui.button(_('admin.cancel'), on_click=lambda: dialog.submit(None)).props('flat no-caps')
            ui.button(_('admin.save'), on_click=lambda: dialog.submit(True)).props('unelevated no-caps') \
                .mark('action-confirm')
    if not await dialog:
        return None
    values: dict = {}
    if note is not None:
        values['note'] = note.value or ''
    if amount is not None:
        values['amount'] = int(amount.value or 0)
    if needs == 'finish' and result_file.get('data'):
        values['result_file'] = result_file['data']
    return values


def mount() -> None:
    portal_page('/agency', area='agency')(agency_home_page)
    portal_page('/agency/ho-so/{dossier_id}', area='agency')(agency_dossier_page)
