"""Agency payments: record what people owe (fees, fines, taxes, bills), see payments by day,
and reconcile them against the gateway's settlement file."""
from __future__ import annotations

from datetime import timedelta

from nicegui import events, run, ui

from core.clock import format_date, format_datetime, format_money, parse_day, today_local
from core.errors import DomainError, ValidationFailed
from core.gateway import settlement_file
from domain.payments import agency_payables, create_payable_by_officer, payments_by_day, reconcile_settlement
from models.payments import PAYABLE_KINDS, PayableCreate
from ui.charts import daily
from ui.components import empty_state, loading, section_title
from ui.forms import clear_errors, show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, perform

STATUS_COLOURS = {'open': 'blue-8', 'paid': 'green-9', 'cancelled': 'grey-7'}


def _payables(caller: Caller) -> list[dict]:
    from core.db import session_scope

    with session_scope() as session:
        return [{'id': p.id, 'kind': _(f'pay.kind.{p.kind}'), 'reference': p.reference, 'payer': p.payer_name,
                 'amount': format_money(p.amount), 'status': _(f'agency_pay.status.{p.status}'), 'state': p.status,
                 'created': format_datetime(p.created_at)}
                for p in agency_payables(session, actor=caller.actor(session))]


def _by_day(caller: Caller, since, until) -> list[dict]:
    from core.db import session_scope

    with session_scope() as session:
        return payments_by_day(session, actor=caller.actor(session), since=since, until=until)


async def agency_payments_page(viewer: Viewer) -> None:
    with frame(_('agency_pay.title'), viewer, wide=True):
        section_title(_('agency_pay.title'), 1)
        with ui.tabs().classes('w-full').props('align=left no-caps') as tabs:
            owed_tab = ui.tab(_('agency_pay.tab_payables')).mark('tab-payables')
            days_tab = ui.tab(_('agency_pay.tab_days')).mark('tab-days')
            reconcile_tab = ui.tab(_('agency_pay.tab_reconcile')).mark('tab-reconcile')
        with ui.tab_panels(tabs, value=owed_tab).classes('w-full bg-transparent'):
            with ui.tab_panel(owed_tab).classes('p-0 gap-3'):
                await _payables_panel()
            with ui.tab_panel(days_tab).classes('p-0 gap-3'):
                await _days_panel()
            with ui.tab_panel(reconcile_tab).classes('p-0 gap-3'):
                _reconcile_panel()


async def _payables_panel() -> None:
    with ui.expansion(_('agency_pay.new'), icon='add_card').classes('portal-card w-full').mark('new-payable'):
        fields = {
            'kind': ui.select({k: _(f'pay.kind.{k}') for k in PAYABLE_KINDS if k != 'dossier_fee'},
                              value='traffic_fine', label=_('pay.kind_label')).props('outlined dense').mark('payable-kind'),
            'reference': ui.input(_('pay.reference_label')).props('outlined dense').mark('payable-reference'),
            'payer_id_number': ui.input(_('agency_pay.payer_id')).props('outlined dense').mark('payable-payer-id'),
            'payer_name': ui.input(_('pay.payer')).props('outlined dense').mark('payable-payer-name'),
            'plate': ui.input(_('pay.plate')).props('outlined dense').mark('payable-plate'),
            'period': ui.input(_('pay.period'), placeholder='2026-10').props('outlined dense').mark('payable-period'),
            'description': ui.input(_('pay.description')).props('outlined dense').mark('payable-description'),
            'amount': ui.number(_('agency_pay.amount'), min=0, step=1000, format='%.0f').props('outlined dense')
            .mark('payable-amount'),
            'due_date': ui.input(_('pay.due'), placeholder='dd/mm/yyyy').props('outlined dense').mark('payable-due'),
        }
        with ui.grid(columns='repeat(auto-fit, minmax(14rem, 1fr))').classes('w-full gap-2') as grid:
            for element in fields.values():
                element.move(grid)
                element.classes('w-full')

        async def save() -> None:
            clear_errors(fields)
            try:
                due = parse_day(fields['due_date'].value) if (fields['due_date'].value or '').strip() else None
            except ValueError:
                show_error(ValidationFailed('form_invalid', fields={'due_date': 'date_invalid'}), fields)
                return
            amount = fields['amount'].value
            data = PayableCreate(kind=fields['kind'].value, reference=fields['reference'].value or '',
                                 payer_id_number=fields['payer_id_number'].value or '',
                                 payer_name=fields['payer_name'].value or '', plate=fields['plate'].value or None,
                                 period=fields['period'].value or None, description=fields['description'].value or '',
                                 amount=int(amount) if amount is not None and float(amount).is_integer() else -1,
                                 due_date=due)
            try:
                payable = await run.io_bound(perform, Caller.here(), create_payable_by_officer, data=data)
            except DomainError as error:
                show_error(error, fields)
                return
            ui.notify(_('agency_pay.created', reference=payable.reference), type='positive')
            for name in ('reference', 'payer_id_number', 'payer_name', 'plate', 'period', 'description', 'due_date'):
                fields[name].value = ''
            fields['amount'].value = None
            table.refresh()
        ui.button(_('admin.save'), on_click=save).props('unelevated no-caps').mark('payable-save')

    @ui.refreshable
    async def table() -> None:
        rows = await loading(_payables, Caller.here())
        if not rows:
            empty_state('receipt_long', _('agency_pay.none'), mark='no-payables')
            return
        columns = [{'name': k, 'label': _(f'agency_pay.col.{k}'), 'field': k, 'align': 'right' if k == 'amount'
                    else 'left'} for k in ('created', 'kind', 'reference', 'payer', 'amount', 'status')]
        ui.table(columns=columns, rows=rows, row_key='id', pagination=15).classes('portal-card w-full') \
            .props('flat').mark('payables-table')
    await table()


async def _days_panel() -> None:
    until = today_local()
    since = until - timedelta(days=29)
    rows = await run.io_bound(_by_day, Caller.here(), since, until)
    total = sum(r['amount'] for r in rows)
    with ui.row().classes('w-full gap-3'):
        for label, value in ((_('agency_pay.paid_count'), str(sum(r['count'] for r in rows))),
                             (_('agency_pay.paid_amount'), format_money(total)),
                             (_('agency_pay.late'), str(sum(r['late'] for r in rows))),
                             (_('agency_pay.refund_due'), str(sum(r['refund_due'] for r in rows)))):
            with ui.column().classes('portal-card p-4 gap-0 grow basis-40'):
                ui.label(label).classes('text-xs portal-muted')
                ui.label(value).classes('text-2xl font-semibold')
    if not rows:
        empty_state('bar_chart', _('agency_pay.no_payments'), mark='no-payments')
        return
    with ui.column().classes('portal-card w-full p-2').mark('payments-chart'):
        ui.plotly(daily([(r['day'], r['amount']) for r in rows], _('agency_pay.paid_amount'))).classes('w-full')


def _reconcile_panel() -> None:
    ui.label(_('agency_pay.reconcile_text')).classes('text-sm portal-muted')
    result = ui.column().classes('w-full gap-2')

    async def compare(text: str, caller: Caller) -> None:
        result.clear()
        try:
            with result:
                report = await loading(perform, caller, reconcile_settlement, csv_text=text)
        except DomainError as error:
            show_error(error)
            return
        with result:
            with ui.row().classes('gap-4 items-center').mark('reconcile-summary'):
                ui.label(_('agency_pay.settled', count=report['settled'])).classes('font-medium')
                ui.label(_('agency_pay.matched', count=report['matched'])).classes('text-positive')
                ui.label(_('agency_pay.problems', count=len(report['problems']))) \
                    .classes('text-negative' if report['problems'] else 'portal-muted')
            if report['problems']:
                rows = [{'id': i, 'line': p['line'] or '', 'order': p['order'], 'kind': _(f'agency_pay.problem.{p["kind"]}'),
                         'gateway': format_money(p['gateway_amount']) if 'gateway_amount' in p else p.get('gateway_status', ''),
                         'portal': format_money(p['portal_amount']) if 'portal_amount' in p else p.get('portal_status', '')}
                        for i, p in enumerate(report['problems'])]
                ui.table(columns=[{'name': k, 'label': _(f'agency_pay.col.{k}'), 'field': k, 'align': 'left'}
                                  for k in ('line', 'order', 'kind', 'gateway', 'portal')],
                         rows=rows, row_key='id').classes('portal-card w-full').props('flat').mark('mismatches')

    async def fetch() -> None:
        # taken first: the in-process call to the sandbox gateway replaces the request context
        caller = Caller.here()
        try:
            day = parse_day(day_input.value or '')
        except ValueError:
            ui.notify(_('error.date_invalid'), type='warning')
            return
        text = await settlement_file(day.isoformat())
        await compare(text, caller)

    async def uploaded(event: events.UploadEventArguments) -> None:
        caller = Caller.here()
        content = await event.file.read()
        await compare(content.decode('utf-8', errors='replace'), caller)

    with ui.row().classes('w-full gap-3 items-end'):
        day_input = ui.input(_('agency_pay.settlement_day'), value=format_date(today_local())) \
            .props('outlined dense').mark('settlement-day')
        ui.button(_('agency_pay.fetch'), icon='cloud_download', on_click=fetch).props('unelevated no-caps') \
            .mark('settlement-fetch')
        ui.upload(label=_('agency_pay.upload'), auto_upload=True, on_upload=uploaded, max_file_size=5_000_000) \
            .props('accept=".csv,text/csv" flat bordered').mark('settlement-upload')
    result.move()


def mount() -> None:
    portal_page('/agency/thanh-toan', area='agency')(agency_payments_page)
