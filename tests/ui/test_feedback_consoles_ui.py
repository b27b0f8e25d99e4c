"""Feedback taken by phone in the call centre, re-routed by a supervisor, answered by the
competent agency's officer before its deadline."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import select

from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from models.agencies import Agency
from models.feedback import Feedback
from tests.ui.test_accounts_ui import log_in

AGENT = next(d for d in DEMO_ACCOUNTS if d.role == 'agent')
SUPERVISOR = next(d for d in DEMO_ACCOUNTS if d.role == 'supervisor')
OFFICER = next(d for d in DEMO_ACCOUNTS if d.role == 'officer' and d.agency_code == 'UBND-01')
CONTENT = 'Cán bộ bộ phận một cửa yêu cầu nộp thêm giấy tờ không có trong danh mục thủ tục đã công bố.'


async def test_phone_feedback_is_rerouted_and_answered(user: User):
    await log_in(user, AGENT.id_number, DEMO_PASSWORD)
    await user.should_see(marker='call-panel')
    await user.open('/callcenter/phan-anh')
    await user.should_see(marker='fb-take')
    user.find(marker='fb-take-save').click()
    await user.should_see('Họ và tên chỉ gồm chữ cái')  # nothing typed: field errors in Vietnamese
    user.find(marker='fb-sender-name').type('Lê Thị Hoa')
    user.find(marker='fb-sender-phone').type('0987 654 321')
    user.find(marker='fb-province').elements.pop().value = '79'
    user.find(marker='fb-title').type('Yêu cầu giấy tờ ngoài danh mục')
    user.find(marker='fb-content-input').type(CONTENT)
    user.find(marker='fb-take-save').click()
    await user.should_see('Đã tiếp nhận phản ánh PAKN-')
    with session_scope() as session:
        taken, agency = session.execute(select(Feedback, Agency.code).join(Agency, Agency.id == Feedback.agency_id)
                                        .where(Feedback.sender_name == 'Lê Thị Hoa')).one()
        assert agency == 'UBND-79' and taken.channel == 'phone' and taken.sender_phone == '0987654321'

    await user.open('/dang-xuat')
    await log_in(user, SUPERVISOR.id_number, DEMO_PASSWORD)
    await user.should_see(marker='call-panel')
    await user.open('/callcenter/phan-anh')
    await user.should_see(marker=f'fb-reroute-{taken.id}')
    user.find(marker=f'fb-reroute-{taken.id}').click()
    user.find(marker='fb-new-agency').elements.pop().value = 'UBND-01'
    user.find(marker='fb-reroute-note').type('Sự việc xảy ra tại Hà Nội')
    user.find(marker='fb-reroute-save').click()
    await user.should_see('Đã chuyển phản ánh')

    await user.open('/dang-xuat')
    await log_in(user, OFFICER.id_number, DEMO_PASSWORD)
    await user.should_see(marker='agency-name')
    await user.open('/agency/phan-anh')
    await user.should_see('Yêu cầu giấy tờ ngoài danh mục')
    await user.open(f'/agency/phan-anh/{taken.id}')
    await user.should_see('Chuyển cơ quan có thẩm quyền')
    user.find(marker='fb-answer-text').type('quá ngắn')
    user.find(marker='fb-send-answer').click()
    await user.should_see('Nội dung trả lời từ 20 đến 5.000 ký tự.')
    user.find(marker='fb-answer-text').elements.pop().value = ('Bộ phận một cửa đã được nhắc nhở; danh mục giấy tờ '
                                                               'được niêm yết lại tại trụ sở.')
    user.find(marker='fb-send-answer').click()
    await user.should_see(marker='fb-answer')
    with session_scope() as session:
        assert session.get(Feedback, taken.id).status == 'answered'
