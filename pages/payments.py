"""Paying online (service level 4): what I owe, looking up a fine or a bill, choosing a bank,
the result page after the gateway, receipts (PDF) and the payment history."""
from __future__ import annotations

from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from nicegui import app, run, ui

from core.clock import format_date, format_datetime, format_money
from core.db import session_scope
from core.errors import DomainError
from domain.payments import BANKS, apply_gateway_result, find_payable, my_payables, order_result, payable_view, \
    payment_history, receipt_for, start_payment
from domain.receipts import render_receipt
from ui.components import empty_state, facts, section_title
from ui.forms import show_error
from ui.frame import frame, portal_page
from ui.session import Caller, Viewer, _, client_ip, perform

ORDER_COLOURS = {'created': 'grey-7', 'pending': 'blue-8', 'paid': 'green-9', 'failed': 'red-9', 'expired': 'grey-8'}
LOOKUP_KINDS = ('traffic_fine', 'electricity_bill', 'registration_fee', 'tax_personal_income', 'tax_licence',
                'tax_corporate')


def _payable_row(p) -> dict:
    return {'id': p.id, 'kind': p.kind, 'reference': p.reference, 'description': p.description,
            'amount': format_money(p.amount), 'due': format_date(p.due_date), 'status': p.status,
            'plate': p.plate or '', 'period': p.period or ''}


def _owed(caller: Caller) -> list[dict]:
    with session_scope() as session:
        return [_payable_row(p) for p in my_payables(session, actor=caller.actor(session))]


def _payable_card(row: dict, *, looked_up: bool = False) -> None:
    with ui.row().classes('portal-card w-full p-4 items-center gap-3').mark('payable'):
        ui.icon('receipt_long', size='1.75rem').classes('text-primary')
        with ui.column().classes('gap-0 grow min-w-0'):
            ui.label(_(f'pay.kind.{row["kind"]}')).classes('text-xs portal-muted')
            ui.label(row['description']).classes('font-medium')
            extra = ' · '.join(x for x in (row['reference'], row['plate'], row['period']) if x)
            ui.label(extra + (f' · {_("pay.due")} {row["due"]}' if row['due'] else '')).classes('text-xs portal-muted')
        ui.label(row['amount']).classes('text-lg font-semibold whitespace-nowrap')
        # someone else's fine found by its decision number and plate: the page checks them again
        target = f'/thanh-toan/{row["id"]}' + (f'?ref={quote(row["reference"], safe="")}&plate={quote(row["plate"])}'
                                               if looked_up else '')
        ui.button(_('pay.pay'), on_click=lambda: ui.navigate.to(target)) \
            .props('unelevated no-caps').mark(f'pay-{row["id"]}')


async def owed_page(viewer: Viewer) -> None:
    rows = await run.io_bound(_owed, Caller.here())
    with frame(_('pay.title'), viewer, wide=True):
        with ui.row().classes('w-full items-end'):
            with ui.column().classes('gap-0'):
                section_title(_('pay.title'), 1)
                ui.label(_('pay.subtitle')).classes('portal-muted text-sm')
            ui.space()
            ui.link(_('pay.history'), '/thanh-toan/lich-su').classes('text-primary').mark('history-link')
        with ui.row().classes('w-full gap-4 items-start'):
            with ui.column().classes('grow basis-[32rem] gap-3'):
                section_title(_('pay.mine'))
                if not rows:
                    empty_state('task_alt', _('pay.nothing_owed'), _('pay.nothing_owed_text'), mark='nothing-owed')
                for row in rows:
                    _payable_card(row)
            with ui.column().classes('portal-card grow basis-80 p-4 gap-3').mark('lookup'):
                section_title(_('pay.lookup'))
                ui.label(_('pay.lookup_text')).classes('text-sm portal-muted')
                kind = ui.select({k: _(f'pay.kind.{k}') for k in LOOKUP_KINDS}, value='traffic_fine',
                                 label=_('pay.kind_label')).props('outlined dense').classes('w-full') \
                    .mark('lookup-kind')
                reference = ui.input(_('pay.reference')).props('outlined dense').classes('w-full') \
                    .mark('lookup-reference')
                plate = ui.input(_('pay.plate')).props('outlined dense').classes('w-full').mark('lookup-plate')
                kind.on_value_change(lambda: plate.set_visibility(kind.value in ('traffic_fine', 'registration_fee')))
                reference.bind_label_from(kind, 'value', backward=lambda k: _(f'pay.reference.{k}'))
                found = ui.column().classes('w-full gap-2')

                async def lookup() -> None:
                    found.clear()
                    try:
                        row = await run.io_bound(_lookup, kind.value, reference.value or '', plate.value or '')
                    except DomainError as error:
                        show_error(error)
                        return
                    with found:
                        if row['status'] != 'open':
                            ui.label(_('pay.already_paid')).classes('text-positive').mark('lookup-paid')
                        else:
                            _payable_card(row, looked_up=True)
                ui.button(_('pay.find'), icon='search', on_click=lookup).props('unelevated no-caps') \
                    .mark('lookup-submit')


def _lookup(kind: str, reference: str, plate: str) -> dict:
    with session_scope() as session:
        return _payable_row(find_payable(session, kind=kind, reference=reference, plate=plate or None))


def _checkout_data(caller: Caller, payable_id: int, reference: str, plate: str) -> dict:
    with session_scope() as session:
        view = payable_view(session, payable_id=payable_id, actor=caller.actor(session), reference=reference or None,
                            plate=plate or None)
        payable = view['payable']
        return {'row': _payable_row(payable), 'agency': view['agency'].name, 'payer': payable.payer_name,
                'receipt': view['receipt'].number if view['receipt'] else None,
                'orders': [{'code': o.code, 'status': o.status, 'at': format_datetime(o.created_at),
                            'bank': BANKS.get(o.bank_code, o.bank_code)} for o in view['orders'][:5]]}


async def checkout_page(viewer: Viewer, payable_id: str, ref: str = '', plate: str = '') -> None:
    if not payable_id.isdigit():
        ui.navigate.to('/thanh-toan')
        return
    try:
        data = await run.io_bound(_checkout_data, Caller.here(), int(payable_id), ref, plate)
    except DomainError as error:
        with frame(_('pay.title'), viewer):
            empty_state('search_off', _('pay.not_found'), str(_('error.' + error.code)), mark='payable-missing')
        return
    row = data['row']
    with frame(_('pay.checkout_title'), viewer):
        ui.link(_('pay.title'), '/thanh-toan').classes('text-sm')
        with ui.column().classes('portal-card w-full max-w-2xl mx-auto p-6 gap-4').mark('checkout'):
            section_title(_('pay.checkout_title'), 1)
            facts([(_('pay.kind_label'), _(f'pay.kind.{row["kind"]}')), (_('pay.description'), row['description']),
                   (_('pay.reference_label'), row['reference']), (_('pay.plate'), row['plate']),
                   (_('pay.period'), row['period']), (_('pay.payer'), data['payer']),
                   (_('pay.agency'), data['agency']), (_('pay.due'), row['due'])])
            ui.label(row['amount']).classes('text-3xl font-bold text-primary').mark('checkout-amount')
            if row['status'] != 'open':
                ui.label(_('pay.already_paid')).classes('text-positive font-medium').mark('already-paid')
                if data['receipt']:
                    ui.link(_('pay.download_receipt', number=data['receipt']),
                            f'/thanh-toan/bien-lai/{data["receipt"]}.pdf', new_tab=True).mark('receipt-link')
                return
            ui.label(_('pay.choose_bank')).classes('font-medium')
            bank = ui.radio(dict(BANKS)).props('inline').classes('w-full').mark('bank')

            async def pay() -> None:
                if not bank.value:
                    ui.notify(_('error.bank_invalid'), type='warning')
                    return
                button.props('loading')
                button.disable()  # a second click while this one is on its way does nothing
                try:
                    checkout = await run.io_bound(perform, Caller.here(), start_payment,
                                                  payable_id=int(payable_id), bank_code=bank.value,
                                                  reference=ref or None, plate=plate or None, ip=client_ip())
                except DomainError as error:
                    show_error(error)
                    button.enable()
                    button.props(remove='loading')
                    return
                ui.navigate.to(checkout.url)
            button = ui.button(_('pay.go_to_gateway'), icon='lock', on_click=pay) \
                .props('unelevated no-caps size=lg').classes('w-full').mark('go-to-gateway')
            ui.label(_('pay.secure_note')).classes('text-xs portal-muted')
            if data['orders']:
                ui.separator()
                ui.label(_('pay.attempts')).classes('text-sm font-medium')
                for order in data['orders']:
                    with ui.row().classes('items-center gap-2 text-sm'):
                        ui.badge(_(f'pay.status.{order["status"]}')).props(f'color={ORDER_COLOURS[order["status"]]}')
                        ui.label(f'{order["code"]} · {order["bank"]} · {order["at"]}').classes('portal-muted')


def _apply_return(fields: dict, ip: str | None) -> dict:
    with session_scope() as session:
        outcome = apply_gateway_result(session, fields=fields, kind='return', ip=ip)
        if outcome.outcome == 'bad_signature' or not outcome.order_code:
            return {'state': 'unknown'}
        try:
            found = order_result(session, order_code=outcome.order_code)
        except DomainError:
            return {'state': 'unknown'}
        order, payable, receipt = found['order'], found['payable'], found['receipt']
        return {'state': order.status, 'code': order.code, 'amount': format_money(order.amount),
                'description': payable.description, 'payable_id': payable.id, 'receipt': receipt.number if receipt else None,
                'dossier_id': payable.dossier_id, 'refund_due': order.refund_due}


async def result_page(viewer: Viewer | None) -> None:
    fields = dict(ui.context.client.request.query_params)
    data = await run.io_bound(_apply_return, fields, client_ip())
    state = data['state']
    icons = {'paid': ('check_circle', 'text-positive'), 'failed': ('cancel', 'text-negative'),
             'expired': ('schedule', 'text-warning')}
    icon, colour = icons.get(state, ('hourglass_top', 'text-info'))
    with frame(_('pay.result_title'), viewer):
        with ui.column().classes('portal-card w-full max-w-xl mx-auto p-6 sm:p-8 gap-3 items-center text-center') \
                .mark(f'result-{state}'):
            ui.icon(icon, size='4rem').classes(colour)
            ui.label(_(f'pay.result.{state}')).classes('text-2xl font-semibold').props('role=heading aria-level=1')
            if state == 'unknown':
                ui.label(_('pay.result.unknown_text')).classes('portal-muted')
                return
            ui.label(data['description']).classes('portal-muted')
            ui.label(data['amount']).classes('text-2xl font-bold')
            ui.label(f'{_("pay.order")}: {data["code"]}').classes('text-sm font-mono')
            if data['refund_due']:
                ui.label(_('pay.refund_due')).classes('text-warning text-sm')
            with ui.row().classes('gap-2 justify-center'):
                if data['receipt']:
                    ui.button(_('pay.download_receipt', number=data['receipt']), icon='download',
                              on_click=lambda: ui.navigate.to(f'/thanh-toan/bien-lai/{data["receipt"]}.pdf',
                                                              new_tab=True)) \
                        .props('unelevated no-caps').mark('download-receipt')
                if data['dossier_id']:
                    ui.button(_('pay.back_to_dossier'), on_click=lambda: ui.navigate.to(
                        f'/ho-so/{data["dossier_id"]}')).props('outline no-caps').mark('back-to-dossier')
                if state in ('failed', 'expired'):
                    ui.button(_('pay.try_again'), on_click=lambda: ui.navigate.to(f'/thanh-toan/{data["payable_id"]}')) \
                        .props('unelevated no-caps').mark('try-again')


def _history(caller: Caller) -> list[dict]:
    with session_scope() as session:
        return [{'code': r['order'].code, 'at': format_datetime(r['order'].created_at),
                 'description': r['payable'].description, 'amount': format_money(r['order'].amount),
                 'status': r['order'].status, 'bank': BANKS.get(r['order'].bank_code, r['order'].bank_code),
                 'receipt': r['receipt'] or ''}
                for r in payment_history(session, actor=caller.actor(session))]


async def history_page(viewer: Viewer) -> None:
    rows = await run.io_bound(_history, Caller.here())
    with frame(_('pay.history'), viewer, wide=True):
        ui.link(_('pay.title'), '/thanh-toan').classes('text-sm')
        section_title(_('pay.history'), 1)
        if not rows:
            empty_state('history', _('pay.no_history'), mark='no-history')
            return
        with ui.column().classes('portal-card w-full p-2 gap-0').mark('history'):
            for row in rows:
                with ui.row().classes('w-full items-center gap-3 px-3 py-2 border-b border-gray-100'):
                    ui.badge(_(f'pay.status.{row["status"]}')).props(f'color={ORDER_COLOURS[row["status"]]}')
                    with ui.column().classes('gap-0 grow min-w-0'):
                        ui.label(row['description']).classes('font-medium truncate')
                        ui.label(f'{row["code"]} · {row["bank"]} · {row["at"]}').classes('text-xs portal-muted')
                    ui.label(row['amount']).classes('font-semibold whitespace-nowrap')
                    if row['receipt']:
                        ui.link(row['receipt'], f'/thanh-toan/bien-lai/{row["receipt"]}.pdf', new_tab=True) \
                            .classes('text-sm').mark(f'receipt-{row["receipt"]}')


def receipt_pdf(request: Request, number: str) -> Response:
    """The receipt as a PDF, for its payer (checked by the domain)."""
    number = number.removesuffix('.pdf')
    token = app.storage.user.get('token')
    with session_scope() as session:
        actor = Caller(token=token, ip=None).actor(session)
        if actor is None:
            return RedirectResponse('/login?next=' + quote(request.url.path, safe=''), status_code=303)
        try:
            view = receipt_for(session, number=number, actor=actor)
        except DomainError:
            return Response(_('error.receipt_not_found'), status_code=404, media_type='text/plain; charset=utf-8')
        pdf = render_receipt(view)
    return Response(pdf, media_type='application/pdf',
                    headers={'Content-Disposition': f'inline; filename="bien-lai-{number}.pdf"',
                             'Cache-Control': 'private, no-store'})


def mount() -> None:
    portal_page('/thanh-toan', area='applicant')(owed_page)
    portal_page('/thanh-toan/lich-su', area='applicant')(history_page)
    portal_page('/thanh-toan/ket-qua', area='public')(result_page)
    portal_page('/thanh-toan/{payable_id}', area='account')(checkout_page)
    # checks the login and the receipt's owner itself (a file download, not a page)
    app.get('/thanh-toan/bien-lai/{number}', include_in_schema=False)(receipt_pdf)
