"""The sandbox bank's page: the citizen confirms (or fails, cancels, times out) the payment."""
from __future__ import annotations

from urllib.parse import urlencode

from nicegui import run, ui

from core.clock import format_money
from core.db import session_scope
from domain.payments import BANKS
from sandbox import bank, gateway
from ui.frame import portal_page
from ui.session import Viewer, _


def _settle(request: dict, outcome: str) -> dict:
    with session_scope() as session:
        return bank.settle(session, request=request, outcome=outcome)


def pay_page(viewer: Viewer | None) -> None:
    fields = dict(ui.context.client.request.query_params)
    ui.page_title(_('sandbox.title'))
    ui.query('body').classes('bg-[#0F3D5E]')
    ui.colors(primary='#0F3D5E')  # the bank's own colour, not the portal's
    with ui.column().classes('w-full max-w-md mx-auto mt-10 p-6 gap-4 bg-white rounded-xl shadow-lg') \
            .mark('sandbox-gateway'):
        with ui.row().classes('items-center gap-3 no-wrap'):
            ui.icon('account_balance', size='40px').classes('text-[#0F3D5E]')
            with ui.column().classes('gap-0'):
                ui.label(_('sandbox.title')).classes('text-xl font-semibold').props('role=heading aria-level=1')
                ui.label(_('sandbox.subtitle')).classes('text-xs text-gray-500')
        try:
            request = bank.check_payment_request(fields)
        except bank.BadRequest as error:
            ui.label(_(f'sandbox.refused.{error.reason}')).classes('text-negative').mark('sandbox-refused')
            return
        with ui.grid(columns='auto 1fr').classes('gap-x-4 gap-y-1 text-sm'):
            for label, value in ((_('sandbox.merchant'), _('portal.name')), (_('sandbox.order'), request['order']),
                                 (_('sandbox.bank'), BANKS.get(request['bank'], request['bank'])),
                                 (_('sandbox.info'), request['info'])):
                ui.label(label).classes('text-gray-500')
                ui.label(value)
        ui.label(format_money(int(request['amount']))).classes('text-3xl font-bold text-[#0F3D5E]') \
            .mark('sandbox-amount')
        result = ui.column().classes('w-full gap-2')

        async def choose(outcome: str) -> None:
            for button in buttons:
                button.disable()
            signed = await run.io_bound(_settle, request, outcome)
            gateway.notify(signed)
            if outcome == 'timeout':  # the browser never comes back; only the notification arrives
                with result:
                    ui.label(_('sandbox.timed_out')).classes('text-warning').mark('sandbox-timed-out')
                return
            ui.navigate.to(request['return_url'] + '?' + urlencode(signed))

        with ui.column().classes('w-full gap-2'):
            buttons = [
                ui.button(_('sandbox.pay'), on_click=lambda: choose('paid')).props('unelevated no-caps size=lg')
                .classes('w-full bg-[#0F3D5E] text-white').mark('sandbox-pay'),
                ui.button(_('sandbox.fail'), on_click=lambda: choose('insufficient_funds')).props('outline no-caps')
                .classes('w-full').mark('sandbox-fail'),
                ui.button(_('sandbox.cancel'), on_click=lambda: choose('cancelled')).props('flat no-caps')
                .classes('w-full').mark('sandbox-cancel'),
                ui.button(_('sandbox.timeout'), on_click=lambda: choose('timeout')).props('flat no-caps')
                .classes('w-full text-gray-500').mark('sandbox-timeout'),
            ]
        ui.label(_('sandbox.note')).classes('text-xs text-gray-500')


def mount() -> None:
    portal_page('/sandbox/gateway/pay', area='public')(pay_page)
