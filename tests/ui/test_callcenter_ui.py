"""A call is logged, a ticket opened, escalated, answered by the agency, resolved and rated by
the citizen; the wallboard moves by itself."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import select

from core.clock import format_number
from core.db import session_scope
from domain import support
from domain.demo import DEMO_ACCOUNTS
from models.accounts import Account
from models.support import Ticket, TicketCreate
from tests.ui.figures import number, shows
from tests.ui.test_accounts_ui import log_in

AGENT = next(d for d in DEMO_ACCOUNTS if d.role == 'agent')
SUPERVISOR = next(d for d in DEMO_ACCOUNTS if d.role == 'supervisor')
JUSTICE_OFFICER = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'BTP')
CITIZEN = next(d for d in DEMO_ACCOUNTS if d.role == 'citizen')


def _ticket(code: str) -> Ticket:
    with session_scope() as session:
        return session.execute(select(Ticket).where(Ticket.code == code)).scalar_one()


async def test_call_to_rated_resolution(user: User):
    await log_in(user, AGENT.id_number)
    await user.should_see(marker='start-call')
    user.find(marker='start-call').click()
    await user.should_see(marker='call-timer')
    user.find(marker='c-phone').type(CITIZEN.phone)
    user.find(marker='c-notes').type('Công dân hỏi tình trạng hồ sơ lý lịch tư pháp')
    user.find(marker='end-call-ticket').click()
    await user.should_see(marker='t-subject')
    user.find(marker='t-subject').type('Hồ sơ lý lịch tư pháp chưa có kết quả')
    user.find(marker='t-save').click()
    await user.should_see(marker='ticket-code')
    with user:
        code = user.find(marker='ticket-code').elements.pop().text
    ticket = _ticket(code)
    assert ticket.requester_account_id is not None and ticket.call_id is not None

    user.find(marker='escalate-agency').elements.pop().value = 'BTP'
    user.find(marker='escalate-note').type('Đề nghị Bộ Tư pháp kiểm tra')
    user.find(marker='escalate').click()
    await user.should_see(marker='ticket-status', content='Chờ cơ quan')  # with the agency now
    await user.should_not_see(marker='to-pending_citizen')

    await user.open('/dang-xuat')
    await log_in(user, JUSTICE_OFFICER.id_number)
    await user.should_see(marker='agency-name')
    await user.open('/agency/yeu-cau')
    await user.should_see(code)
    user.find(marker='agency-answer').type('Hồ sơ đã có kết quả, mời công dân nhận tại Sở Tư pháp')
    user.find(marker='agency-answer-send').click()
    await user.should_see('Đang xử lý')

    await user.open('/dang-xuat')
    await log_in(user, AGENT.id_number)
    await user.should_see(marker='start-call')
    await user.open(f'/callcenter/yeu-cau/{ticket.id}')
    await user.should_see('Hồ sơ đã có kết quả, mời công dân nhận tại Sở Tư pháp')
    user.find(marker='to-resolved').click()
    await user.should_see(marker='to-closed')  # resolved: it can now be closed or reopened

    await user.open('/dang-xuat')
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/ho-tro/{ticket.id}')
    await user.should_see(marker='ticket-rating')
    await user.should_see('Hồ sơ lý lịch tư pháp chưa có kết quả')
    await user.should_not_see('Đề nghị Bộ Tư pháp kiểm tra')  # an internal note
    user.find(marker='t-stars').elements.pop().value = 5
    user.find(marker='t-rate').click()
    await user.should_see(marker='ticket-rated')
    assert _ticket(code).csat == 5


async def test_wallboard_moves_by_itself(user: User):
    await log_in(user, SUPERVISOR.id_number)
    await user.should_see(marker='start-call')
    await user.open('/callcenter/wallboard')
    await user.should_see(marker='wb-open-tickets')
    before = number(user, 'wb-open-tickets')
    with session_scope() as session:
        agent = session.execute(select(Account).where(Account.id_number == AGENT.id_number)).scalar_one()
        support.open_ticket(session, actor=agent, data=TicketCreate(subject='Lỗi tải tệp', description='Không tải được',
                                                                    category='technical'))
    await shows(user, 'wb-open-tickets', format_number(before + 1))


async def test_citizen_sends_a_support_request(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open('/ho-tro')
    user.find(marker='s-subject').type('Không thanh toán được lệ phí')
    user.find(marker='s-description').type('Đã bị trừ tiền nhưng hồ sơ chưa xác nhận')
    user.find(marker='s-send').click()
    await user.should_see(marker='citizen-reply')
    await user.should_see('Không thanh toán được lệ phí')


async def test_a_citizen_cannot_open_the_call_centre_or_the_wallboard(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    for path in ('/callcenter', '/callcenter/wallboard', '/callcenter/bao-cao'):
        assert (await user.http_client.get(path)).status_code == 403


async def test_an_agent_cannot_open_dashboards_or_the_wallboard(user: User):
    await log_in(user, AGENT.id_number)
    await user.should_see(marker='start-call')
    assert (await user.http_client.get('/dashboards')).status_code == 403
    assert (await user.http_client.get('/callcenter/wallboard')).status_code == 403
