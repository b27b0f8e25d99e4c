"""A fee requested on a dossier is paid through the sandbox gateway and the dossier moves on;
the citizen downloads the numbered receipt; the agency sees the payment in its reconciliation."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from models.accounts import Account
from models.agencies import Agency
from models.dossiers import ACCEPTED, PROCESSING, Dossier
from models.payments import Payable, PaymentOrder, Receipt
from tests.ui.test_accounts_ui import log_in

CITIZEN = DEMO_ACCOUNTS[0]
OFFICER = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'UBND-01')


def _accepted_dossier() -> int:
    with session_scope() as session:
        return session.execute(
            select(Dossier.id).join(Account, Account.id == Dossier.applicant_id).join(Agency, Agency.id == Dossier.agency_id)
            .where(Account.id_number == CITIZEN.id_number, Agency.code == 'UBND-01', Dossier.status == ACCEPTED)
            .order_by(Dossier.id)).scalars().first()


async def test_a_requested_fee_is_paid_online_and_the_dossier_moves_on(user: User):
    dossier_id = _accepted_dossier()
    assert dossier_id is not None, 'the demo data has accepted dossiers of the demo citizen at UBND-01'
    await log_in(user, OFFICER.id_number, DEMO_PASSWORD)
    await user.should_see(marker='agency-name')
    await user.open(f'/agency/ho-so/{dossier_id}')
    user.find(marker='action-request_fee').click()
    await user.should_see(marker='action-amount')
    user.find(marker='action-amount').elements.pop().value = 150000
    user.find(marker='action-confirm').click()
    await user.should_see('Chờ nộp phí, lệ phí')

    await user.open('/dang-xuat')
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/ho-so/{dossier_id}')
    await user.should_see(marker='fee-due')
    user.find(marker='pay-fee').click()
    await user.should_see(marker='checkout')
    await user.should_see('150.000 ₫')
    user.find(marker='bank').elements.pop().value = 'VCB'
    user.find(marker='go-to-gateway').click()
    user.find(marker='go-to-gateway').click()  # a double click
    await user.should_see(marker='sandbox-gateway')
    with session_scope() as session:
        orders = session.execute(select(PaymentOrder)).scalars().all()
        assert len([o for o in orders if o.amount == 150000]) == 1  # one order however many clicks
    user.find(marker='sandbox-pay').click()
    await user.should_see(marker='result-paid')
    await user.should_see('Thanh toán thành công')
    await user.should_see(marker='download-receipt')

    with session_scope() as session:
        dossier = session.get(Dossier, dossier_id)
        assert dossier.status == PROCESSING and dossier.fee_paid
        payable = session.execute(select(Payable).where(Payable.dossier_id == dossier_id)).scalar_one()
        receipt = session.execute(select(Receipt).where(Receipt.payable_id == payable.id)).scalar_one()
        assert payable.status == 'paid' and receipt.amount == 150000 and receipt.number.startswith('BL')
    pdf = await user.http_client.get(f'/thanh-toan/bien-lai/{receipt.number}.pdf')
    assert pdf.status_code == 200 and pdf.headers['content-type'] == 'application/pdf'
    assert pdf.content.startswith(b'%PDF') and len(pdf.content) > 5000
    await user.open(f'/ho-so/{dossier_id}')
    await user.should_not_see(marker='fee-due')


async def test_a_failed_payment_leaves_the_fee_open_and_can_be_retried(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open('/thanh-toan')
    await user.should_see(marker='payable')
    with session_scope() as session:
        fine = session.execute(select(Payable).where(Payable.kind == 'traffic_fine',
                                                     Payable.payer_id_number == CITIZEN.id_number)).scalar_one()
    await user.open(f'/thanh-toan/{fine.id}')
    user.find(marker='bank').elements.pop().value = 'MOMO'
    user.find(marker='go-to-gateway').click()
    await user.should_see(marker='sandbox-gateway')
    user.find(marker='sandbox-fail').click()
    await user.should_see(marker='result-failed')
    await user.should_see(marker='try-again')
    with session_scope() as session:
        assert session.get(Payable, fine.id).status == 'open'
        assert session.execute(select(Receipt).where(Receipt.payable_id == fine.id)).first() is None


async def test_a_payment_whose_notification_was_lost_is_found_by_querying_the_gateway(user: User):
    from api.payments import reconcile_pending_orders
    from core.db import session_scope as scope
    from domain.payments import start_payment
    from models.payments import PaymentOrder as Order
    from sandbox import bank

    await user.open('/')  # the portal is running (the gateway query goes through it)
    with scope() as session:
        citizen = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        bill = session.execute(select(Payable).where(Payable.kind == 'electricity_bill',
                                                     Payable.payer_id_number == CITIZEN.id_number)).scalar_one()
        checkout = start_payment(session, actor=citizen, payable_id=bill.id, bank_code='BIDV')
    with scope() as session:  # the bank took the money, but its notification and the browser never arrived
        order = session.execute(select(Order).where(Order.code == checkout.order_code)).scalar_one()
        bank.settle(session, request={'order': order.code, 'merchant': 'DVCQG', 'amount': str(order.amount),
                                      'bank': 'BIDV'}, outcome='paid')
    assert await reconcile_pending_orders(older_than_minutes=0) == 1
    with scope() as session:
        assert session.get(Payable, bill.id).status == 'paid'
        assert session.execute(select(Receipt).where(Receipt.payable_id == bill.id)).scalar_one().amount == bill.amount
    assert await reconcile_pending_orders(older_than_minutes=0) == 0  # asked again: nothing changes
