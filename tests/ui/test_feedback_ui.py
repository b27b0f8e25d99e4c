"""A citizen sends feedback (phản ánh, kiến nghị), the responsible agency answers it, the citizen
rates the answer, and the public page shows it without personal data."""
from __future__ import annotations

from nicegui.testing import User
from sqlalchemy import func, select

from core.clock import format_date
from core.db import session_scope
from domain.demo import DEMO_ACCOUNTS
from domain.feedback import answer_feedback, submit_feedback
from models.accounts import Account
from models.agencies import Agency
from models.feedback import Feedback, FeedbackCreate
from tests.factories import make_staff
from tests.ui.test_accounts_ui import log_in

CITIZEN = DEMO_ACCOUNTS[0]
OTHER_CITIZEN = DEMO_ACCOUNTS[1]
PROCEDURE_CODE = '1.003354'  # Đăng ký khai sinh, a commune-level procedure: goes to the province
TITLE = 'Thủ tục đăng ký khai sinh còn rườm rà'
PHONE = '0987 654 321'
CONTENT = (f'Tôi phải đi lại ba lần mới nộp được hồ sơ đăng ký khai sinh cho con. '
           f'Đề nghị cơ quan xem xét, liên hệ tôi qua số {PHONE} khi cần.')
ANSWER = 'Ủy ban đã chấn chỉnh bộ phận một cửa và rút gọn giấy tờ phải nộp theo quy định.'


def _count() -> int:
    with session_scope() as session:
        return session.execute(select(func.count(Feedback.id))).scalar_one()


def _answer(code: str) -> None:
    """The responsible agency's officer answers (the officer console is another page's business)."""
    with session_scope() as session:
        feedback_id, agency_code = session.execute(select(Feedback.id, Agency.code).join(
            Agency, Agency.id == Feedback.agency_id).where(Feedback.code == code)).one()
        officer = make_staff(session, 'officer', agency_code)
        answer_feedback(session, actor=officer, feedback_id=feedback_id, content=ANSWER)


async def test_send_answer_rate_and_publish(user: User):
    await log_in(user, CITIZEN.id_number)
    await user.should_see(marker='greeting')
    before = _count()

    await user.open('/phan-anh/gui')
    await user.should_see(marker='fb-form')
    user.find(marker='fb-title').type('Abc')
    user.find(marker='fb-content').type('Quá chậm')
    user.find(marker='fb-submit').click()
    await user.should_see('Vui lòng chọn lĩnh vực phản ánh.')
    await user.should_see('Tiêu đề từ 5 đến 200 ký tự.')
    await user.should_see('Nội dung phản ánh từ 20 đến 5.000 ký tự.')
    await user.should_see('Vui lòng nhập thông tin này.')  # the procedure code, when it is about a procedure
    assert _count() == before

    user.find(marker='fb-procedure').type(PROCEDURE_CODE)
    await user.should_see('Thủ tục: Đăng ký khai sinh')
    user.find(marker='fb-category').elements.pop().value = 'complex_procedure'
    user.find(marker='fb-province').elements.pop().value = '01'
    user.find(marker='fb-title').clear()
    user.find(marker='fb-title').type(TITLE)
    user.find(marker='fb-content').clear()
    user.find(marker='fb-content').type(CONTENT)
    user.find(marker='fb-consent').click()
    user.find(marker='fb-submit').click()
    await user.should_see(marker='fb-receipt')
    with user:
        code = user.find(marker='fb-code').elements.pop().text
    assert _count() == before + 1
    with session_scope() as session:
        feedback = session.execute(select(Feedback).where(Feedback.code == code)).scalar_one()
        agency = session.get(Agency, feedback.agency_id)
        due = format_date(feedback.due_date)
    assert agency.code == 'UBND-01'
    await user.should_see(f'Cơ quan {agency.name} sẽ trả lời trước ngày {due}')
    await user.should_see('Chờ trả lời')
    # evidence attached right after sending, as the receipt page offers
    from nicegui import ui as nicegui_ui
    from tests.factories import pdf_bytes
    upload = user.find(marker='fb-upload').elements.pop()
    await upload.handle_uploads([nicegui_ui.upload.SmallFileUpload('bang-chung.pdf', 'application/pdf', pdf_bytes())])
    await user.should_see(marker='fb-file')
    await user.should_see('bang-chung.pdf')

    await user.open('/phan-anh/cua-toi')
    await user.should_see(marker='fb-mine-item')
    await user.should_see(code)
    await user.should_see(f'Hạn trả lời: {due}')

    _answer(code)
    await user.open(f'/phan-anh/{feedback.id}')
    await user.should_see(ANSWER)
    await user.should_see('Đã trả lời')
    await user.should_see(marker='fb-stars')
    user.find(marker='fb-stars').elements.pop().value = 4
    user.find(marker='fb-rate').click()
    await user.should_see(marker='fb-rated')
    await user.should_see('Bạn đã đánh giá 4/5')
    with session_scope() as session:
        assert session.get(Feedback, feedback.id).rating == 4

    await user.open('/dang-xuat')  # the public page, as anyone sees it
    await user.open('/phan-anh')
    await user.should_see(TITLE)
    await user.should_see(ANSWER)
    await user.should_see('[số điện thoại]')
    await user.should_see('Người gửi: N. V. A.')
    await user.should_not_see(PHONE)
    with user.scope(marker=code):  # the card (the login's notifications name the sender)
        await user.should_not_see(CITIZEN.full_name)

    user.find(marker='fb-search').clear()
    user.find(marker='fb-search').type('ruom ra khai sinh')  # no diacritics
    user.find(marker='fb-search-go').click()
    await user.should_see(marker='fb-card')
    await user.should_see(TITLE)
    await user.open('/phan-anh?q=qwertyzzz')
    await user.should_see('Không tìm thấy phản ánh, kiến nghị phù hợp')
    await user.should_not_see(TITLE)


def _sent_by_citizen() -> int:
    with session_scope() as session:
        sender = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        return submit_feedback(session, actor=sender, data=FeedbackCreate(
            topic='regulation', category='regulation_content', title='Quy định về lệ phí chưa rõ',
            content='Đề nghị hướng dẫn rõ mức lệ phí áp dụng cho từng trường hợp cụ thể.')).id


async def test_another_citizen_cannot_open_my_feedback(user: User):
    feedback_id = _sent_by_citizen()
    await log_in(user, OTHER_CITIZEN.id_number)
    await user.should_see(marker='greeting')
    await user.open(f'/phan-anh/{feedback_id}')
    await user.should_see(marker='fb-missing')
    await user.should_not_see('Quy định về lệ phí chưa rõ')
    await user.open('/phan-anh/cua-toi')
    await user.should_see(marker='fb-new')
    await user.should_not_see('Quy định về lệ phí chưa rõ')


async def test_sending_feedback_needs_a_login(user: User):
    await user.open('/phan-anh')
    await user.should_see(marker='fb-send-link')
    user.find(marker='fb-send-link').click()
    await user.should_see(marker='login-submit')
    user.find(marker='identifier').type(CITIZEN.id_number)
    user.find(marker='password').type('dichvucong-demo')
    user.find(marker='login-submit').click()
    await user.should_see(marker='fb-form')
