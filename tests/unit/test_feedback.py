"""Citizens' feedback: routing, deadlines in working days, answering, rating, re-routing,
publication without personal data, and who may do what."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from domain import feedback as fb
from domain.stats import counter_total
from models.agencies import Agency
from models.feedback import Feedback, FeedbackCreate
from models.dossiers import Notification
from tests.factories import load_test_procedures, make_citizen, make_staff, procedure_record

CONTENT = 'Thủ tục yêu cầu nộp bản sao có chứng thực dù đã có bản điện tử trên Cổng, rất mất thời gian đi lại.'


@pytest.fixture
def people(session):
    load_test_procedures(session, [procedure_record('1.000001', 'Đổi giấy phép lái xe', implementing_level='province'),
                                   procedure_record('1.000002', 'Cấp hộ chiếu', implementing_level='central',
                                                    ministry='BCA', sector='XNC')])
    return {'citizen': make_citizen(session, phone='0912000111', email='an@example.vn'),
            'officer': make_staff(session, 'officer', 'UBND-79'),
            'other_officer': make_staff(session, 'officer', 'UBND-01'),
            'supervisor': make_staff(session, 'supervisor'),
            'agent': make_staff(session, 'agent')}


def _send(session, people, **overrides) -> Feedback:
    data = dict(topic='procedure', category='complex_procedure', title='Yêu cầu bản sao chứng thực', content=CONTENT,
                province_code='79', procedure_code='1.000001', publish_consent=True)
    data.update(overrides)
    return fb.submit_feedback(session, actor=people['citizen'], data=FeedbackCreate(**data))


def _agency_code(session, agency_id: int) -> str:
    return session.execute(select(Agency.code).where(Agency.id == agency_id)).scalar_one()


def test_feedback_is_routed_by_procedure_topic_and_province(session, people):
    provincial = _send(session, people)
    assert _agency_code(session, provincial.agency_id) == 'UBND-79'
    central = _send(session, people, procedure_code='1.000002')
    assert _agency_code(session, central.agency_id) == 'BCA'
    conduct = _send(session, people, topic='conduct', category='attitude', procedure_code=None, province_code='01')
    assert _agency_code(session, conduct.agency_id) == 'UBND-01'
    regulation = _send(session, people, topic='regulation', category='regulation_content', procedure_code=None)
    assert _agency_code(session, regulation.agency_id) == 'VPCP'
    assert provincial.code.startswith('PAKN-') and provincial.code != central.code


def test_the_deadline_is_ten_working_days(session, people, monkeypatch):
    monkeypatch.setattr(fb, 'today_local', lambda: date(2020, 1, 20))  # the Monday before Tết 2020
    sent = _send(session, people)
    # 23/01-29/01 is the Tết break and the weekends are skipped
    assert sent.due_date > date(2020, 1, 31) and sent.due_date.weekday() < 5
    assert fb.due_flag(session, sent, today=date(2020, 1, 21)) == ''
    assert fb.due_flag(session, sent, today=sent.due_date) == 'due_soon'
    assert fb.due_flag(session, sent, today=date(2020, 3, 1)) == 'overdue'


def test_bad_feedback_is_refused_field_by_field(session, people):
    with pytest.raises(ValidationFailed) as refused:
        _send(session, people, topic='x', category='y', title='abc', content='ngắn', province_code='99',
              procedure_code='9.999999')
    assert refused.value.fields == {'topic': 'feedback_topic_invalid', 'category': 'feedback_category_invalid',
                                    'title': 'feedback_title_invalid', 'content': 'feedback_content_invalid',
                                    'province_code': 'province_not_found', 'procedure_code': 'procedure_not_found'}
    assert session.execute(select(Feedback)).first() is None


def test_the_agency_answers_the_citizen_is_told_rates_and_it_is_published_without_personal_data(session, people):
    sent = _send(session, people, content=CONTENT + ' Liên hệ 0912000111, an@example.vn, CCCD 079090001234.')
    with pytest.raises(NotFound):  # another agency's officer does not even see it
        fb.answer_feedback(session, actor=people['other_officer'], feedback_id=sent.id, content='x' * 30)
    answered = fb.answer_feedback(session, actor=people['officer'], feedback_id=sent.id,
                                  content='Sở Giao thông vận tải đã bỏ yêu cầu bản sao chứng thực từ 01/12/2026.')
    assert answered.status == 'answered' and answered.published
    assert session.execute(select(Notification).where(Notification.account_id == people['citizen'].id,
                                                      Notification.kind == 'feedback_answered')).first() is not None
    assert counter_total(session, 'feedback_received') == 1 and counter_total(session, 'feedback_answered') == 1
    with pytest.raises(InvalidTransition):
        fb.answer_feedback(session, actor=people['officer'], feedback_id=sent.id, content='Trả lời lần hai ' * 3)

    public = fb.published_feedback(session, q='ban sao chung thuc')
    assert len(public) == 1
    text = public[0]['content']
    assert '0912000111' not in text and 'an@example.vn' not in text and '079090001234' not in text
    assert '[số điện thoại]' in text and '[thư điện tử]' in text and '[số định danh]' in text
    assert public[0]['sender'] == fb.initials(people['citizen'].full_name) and '.' in public[0]['sender']

    with pytest.raises(NotFound):  # only the sender rates
        fb.rate_feedback(session, actor=people['agent'], feedback_id=sent.id, rating=5)
    with pytest.raises(ValidationFailed):
        fb.rate_feedback(session, actor=people['citizen'], feedback_id=sent.id, rating=6)
    assert fb.rate_feedback(session, actor=people['citizen'], feedback_id=sent.id, rating=4).status == 'closed'


def test_without_consent_nothing_is_published(session, people):
    sent = _send(session, people, publish_consent=False)
    fb.answer_feedback(session, actor=people['officer'], feedback_id=sent.id, content='Đã tiếp thu và sẽ sửa đổi quy trình.')
    assert fb.published_feedback(session) == []


def test_a_supervisor_reroutes_and_the_deadline_starts_again(session, people):
    sent = _send(session, people)
    with pytest.raises(PermissionDenied):
        fb.reroute_feedback(session, actor=people['agent'], feedback_id=sent.id, agency_code='UBND-01', note='Sai địa bàn')
    session.execute(update(Feedback).where(Feedback.id == sent.id).values(due_date=date(2020, 1, 1)))
    session.commit()
    moved = fb.reroute_feedback(session, actor=people['supervisor'], feedback_id=sent.id, agency_code='UBND-01',
                                note='Thuộc thẩm quyền Hà Nội')
    assert _agency_code(session, moved.agency_id) == 'UBND-01' and moved.due_date > date(2020, 1, 1)
    assert [f.id for f in fb.agency_feedback(session, actor=people['other_officer'])] == [sent.id]
    assert fb.agency_feedback(session, actor=people['officer']) == []
    with pytest.raises(Conflict):
        fb.reroute_feedback(session, actor=people['supervisor'], feedback_id=sent.id, agency_code='UBND-79',
                            note='Trả lại', expected_version=1)


def test_the_call_centre_enters_feedback_taken_by_phone(session, people):
    data = FeedbackCreate(topic='conduct', category='attitude', title='Cán bộ một cửa thiếu lịch sự', content=CONTENT,
                          province_code='01', channel='phone', sender_name='Lê Thị Hoa', sender_phone='0987 654 321')
    with pytest.raises(PermissionDenied):
        fb.take_feedback(session, actor=people['citizen'], data=data)
    taken = fb.take_feedback(session, actor=people['agent'], data=data)
    assert taken.channel == 'phone' and taken.sender_phone == '0987654321' and taken.sender_id is None
    with pytest.raises(ValidationFailed) as refused:
        fb.take_feedback(session, actor=people['agent'], data=data.model_copy(update={'channel': 'web',
                                                                                     'sender_phone': '12'}))
    assert refused.value.fields == {'channel': 'feedback_channel_invalid', 'sender_phone': 'phone_invalid'}


def test_a_citizen_sees_only_their_own_feedback(session, people):
    sent = _send(session, people)
    stranger = make_citizen(session)
    with pytest.raises(NotFound):
        fb.feedback_view(session, actor=stranger, feedback_id=sent.id)
    assert fb.feedback_view(session, actor=people['citizen'], feedback_id=sent.id)['feedback'].id == sent.id
    assert [f.id for f in fb.my_feedback(session, actor=people['citizen'])] == [sent.id]
    assert fb.my_feedback(session, actor=stranger) == []


@pytest.mark.parametrize('text, hidden', [
    ('gọi 0912 345 678 nhé', '0912 345 678'), ('số +84912345678', '+84912345678'),
    ('CMND 123456789 cũ', '123456789'), ('thư nguyen.van.an@gmail.com', 'nguyen.van.an@gmail.com'),
])
def test_scrub_removes_personal_data(text, hidden):
    assert hidden not in fb.scrub(text)


def test_the_sender_attaches_evidence_which_only_the_right_people_can_read(session, people):
    from tests.factories import pdf_bytes

    sent = _send(session, people)
    attached = fb.attach_to_feedback(session, actor=people['citizen'], feedback_id=sent.id, data=pdf_bytes(),
                                     filename='bien-lai.pdf')
    assert attached.content_type == 'application/pdf' and attached.filename == 'bien-lai.pdf'
    with pytest.raises(ValidationFailed):  # checked by content, not by name
        fb.attach_to_feedback(session, actor=people['citizen'], feedback_id=sent.id, data=b'MZ\x90\x00 not a pdf',
                              filename='anh.pdf')
    with pytest.raises(NotFound):
        fb.attach_to_feedback(session, actor=make_citizen(session), feedback_id=sent.id, data=pdf_bytes(),
                              filename='x.pdf')
    assert fb.feedback_attachment(session, actor=people['officer'], attachment_id=attached.id).id == attached.id
    with pytest.raises(NotFound):
        fb.feedback_attachment(session, actor=people['other_officer'], attachment_id=attached.id)
    for _ in range(fb.MAX_ATTACHMENTS - 1):
        fb.attach_to_feedback(session, actor=people['citizen'], feedback_id=sent.id, data=pdf_bytes(), filename='a.pdf')
    with pytest.raises(ValidationFailed) as too_many:
        fb.attach_to_feedback(session, actor=people['citizen'], feedback_id=sent.id, data=pdf_bytes(), filename='b.pdf')
    assert too_many.value.code == 'feedback_too_many_files'
    fb.answer_feedback(session, actor=people['officer'], feedback_id=sent.id, content='Đã tiếp nhận và xử lý xong.')
    with pytest.raises(InvalidTransition):
        fb.attach_to_feedback(session, actor=people['citizen'], feedback_id=sent.id, data=pdf_bytes(), filename='c.pdf')
    assert len(fb.feedback_view(session, actor=people['citizen'], feedback_id=sent.id)['attachments']) == 5
