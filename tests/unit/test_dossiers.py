"""The dossier lifecycle: codes, working-day appointments, pauses, permissions, stale writes."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.i18n import error_text
from domain import dossiers as rules
from domain.catalog import document_required, load_procedures
from domain.notifications import list_notifications
from domain.stats import counter_total
from models.audit import AuditEvent
from models.dossiers import DossierEvent, EmailMessage
from tests.factories import load_test_procedures, make_citizen, make_staff, pdf_bytes, procedure_record

# Wednesday 22 January 2020, 09:00 in Hà Nội: the day before the Tết break (23-29 January)
BEFORE_TET = datetime(2020, 1, 22, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def world(session):
    load_test_procedures(session)
    citizen = make_citizen(session, full_name='Nguyễn Thị Hồng', email='hong@example.vn')
    other = make_citizen(session, full_name='Lê Văn Khác')
    officer = make_staff(session, 'officer', agency_code='UBND-01')
    stranger = make_staff(session, 'officer', agency_code='UBND-79')
    return {'session': session, 'citizen': citizen, 'other': other, 'officer': officer, 'stranger': stranger}


def draft(world, code: str = '1.000001', agency: str = 'UBND-01'):
    session = world['session']
    dossier = rules.save_draft(session, actor=world['citizen'], procedure_code=code, agency_code=agency,
                               form_data={'full_name': 'Nguyễn Thị Hồng', 'birth_date': '02/09/1990'})
    rules.add_attachment(session, actor=world['citizen'], dossier_id=dossier.id, document_name='Giấy tờ số 1',
                         data=pdf_bytes(), filename='giay-to.pdf')
    return dossier


def submitted(world, at: datetime | None = None, **kwargs):
    dossier = draft(world, **kwargs)
    return rules.submit_dossier(world['session'], actor=world['citizen'], dossier_id=dossier.id, at=at)


def test_submission_gives_a_readable_unique_code_and_counts(world):
    first = submitted(world, at=BEFORE_TET)
    second = submitted(world, at=BEFORE_TET)
    assert first.code == 'UBND-01-200122-0001' and second.code == 'UBND-01-200122-0002'
    assert first.status == rules.NEW
    assert counter_total(world['session'], 'dossiers_received', dim1='UBND-01') == 2


def test_a_draft_is_kept_and_cannot_be_submitted_incomplete(world):
    session = world['session']
    dossier = rules.save_draft(session, actor=world['citizen'], procedure_code='1.000001', agency_code='UBND-01',
                               form_data={'full_name': 'Nguyễn Thị Hồng'})
    with pytest.raises(ValidationFailed) as missing_field:
        rules.submit_dossier(session, actor=world['citizen'], dossier_id=dossier.id)
    assert missing_field.value.fields == {'birth_date': 'required'}
    rules.save_draft(session, actor=world['citizen'], procedure_code='1.000001', agency_code='UBND-01',
                     form_data={'full_name': 'Nguyễn Thị Hồng', 'birth_date': '02/09/1990'}, dossier_id=dossier.id)
    with pytest.raises(ValidationFailed) as missing_document:
        rules.submit_dossier(session, actor=world['citizen'], dossier_id=dossier.id)
    assert missing_document.value.code == 'documents_missing'


FEE_EXEMPTION = 'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)'


def test_an_optional_document_may_be_left_out_but_a_required_one_may_not(world):
    session, citizen = world['session'], world['citizen']
    record = procedure_record('1.000009', 'Cấp lại giấy phép lái xe bị mất', documents=2)
    record['documents'][1]['name'] = FEE_EXEMPTION
    load_procedures(session, [record])
    dossier = rules.save_draft(session, actor=citizen, procedure_code='1.000009', agency_code='UBND-01',
                               form_data={'full_name': 'Nguyễn Thị Hồng', 'birth_date': '02/09/1990'})
    with pytest.raises(ValidationFailed) as refused:
        rules.submit_dossier(session, actor=citizen, dossier_id=dossier.id)
    assert refused.value.code == 'documents_missing'
    assert refused.value.params == {'documents': 'Giấy tờ số 1'}  # the required one only
    assert error_text('documents_missing', 'vi', **refused.value.params) == \
        'Còn thiếu giấy tờ bắt buộc: Giấy tờ số 1'
    assert error_text('documents_missing', 'en', **refused.value.params) == 'Required documents missing: Giấy tờ số 1'
    rules.add_attachment(session, actor=citizen, dossier_id=dossier.id, document_name='Giấy tờ số 1',
                         data=pdf_bytes(), filename='to-khai.pdf')
    done = rules.submit_dossier(session, actor=citizen, dossier_id=dossier.id)
    assert done.status == rules.NEW and done.code.startswith('UBND-01-')


@pytest.mark.parametrize('document, required', [
    ({'name': 'Tờ khai đề nghị cấp lại giấy phép lái xe'}, True),
    ({'name': FEE_EXEMPTION}, False),
    ({'name': 'Phụ lục giảm trừ gia cảnh cho người phụ thuộc (Mẫu 02-1/BK-QTT-TNCN, nếu có)'}, False),
    ({'name': 'Giấy tờ chứng minh quyền sở hữu nhà ở (nếu có tài sản đề nghị chứng nhận)'}, False),
    # "if any" qualifies the drawings, not the description itself
    ({'name': 'Bản mô tả sáng chế (gồm phần mô tả, yêu cầu bảo hộ và hình vẽ nếu có)'}, True),
    # documents for one case only
    ({'name': 'Văn bản ủy quyền có chứng thực (trường hợp ủy quyền thực hiện việc đăng ký khai sinh)'}, False),
    ({'name': 'Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn) – xuất trình bản chính'}, False),
    ({'name': 'Bản khai nhân khẩu (Mẫu HK01, đối với trường hợp phải khai)'}, False),
    # the rule with its exception, and a document with its stand-in: required
    ({'name': 'Giấy khám sức khỏe của người lái xe (trừ trường hợp đổi giấy phép lái xe không thời hạn)'}, True),
    ({'name': 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng'}, True),
    ({'name': 'Giấy tờ chứng minh thuộc trường hợp xóa đăng ký thường trú'}, True),
    ({'name': FEE_EXEMPTION, 'required': True}, True),  # the data says so explicitly
    ({'name': 'Bản sao sổ hộ khẩu', 'required': False}, False),
])
def test_which_catalogue_documents_are_required(document, required):
    assert document_required(document) is required


@pytest.mark.parametrize('field, value, code', [('birth_date', '31/02/1990', 'date_invalid'),
                                                 ('licence_class', 'Z9', 'option_invalid'),
                                                 ('full_name', 'x' * 1001, 'field_too_long')])
def test_form_values_are_checked_against_the_schema(world, field, value, code):
    with pytest.raises(ValidationFailed) as caught:
        rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000001', agency_code='UBND-01',
                         form_data={field: value})
    assert caught.value.fields == {field: code}


def test_level_two_procedures_are_not_submitted_online(world):
    with pytest.raises(ValidationFailed):
        rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000004', agency_code='UBND-01',
                         form_data={})


def test_appointment_counts_working_days_across_tet(world):
    dossier = submitted(world, at=BEFORE_TET)
    accepted = rules.accept_dossier(world['session'], actor=world['officer'], dossier_id=dossier.id, at=BEFORE_TET)
    # 5 working days from Wednesday 22/1/2020: Tết break 23-29/1, then 30, 31/1, 3, 4, 5/2
    assert accepted.due_date == date(2020, 2, 5)


def test_request_for_documents_moves_the_appointment_with_its_reason(world):
    session, officer, citizen = world['session'], world['officer'], world['citizen']
    dossier = submitted(world, at=datetime(2020, 3, 2, 2, tzinfo=timezone.utc))  # Monday 2/3/2020
    rules.accept_dossier(session, actor=officer, dossier_id=dossier.id, at=datetime(2020, 3, 2, 3, tzinfo=timezone.utc))
    assert session.get(type(dossier), dossier.id).due_date == date(2020, 3, 9)
    rules.request_documents(session, actor=officer, dossier_id=dossier.id, note='Thiếu bản sao CCCD',
                            at=datetime(2020, 3, 4, 3, tzinfo=timezone.utc))  # 3 working days left
    rules.add_attachment(session, actor=citizen, dossier_id=dossier.id, document_name='Bổ sung',
                         data=pdf_bytes(b'cccd'), filename='cccd.pdf')
    moved = rules.supplement_dossier(session, actor=citizen, dossier_id=dossier.id, note='Đã bổ sung',
                                     at=datetime(2020, 3, 10, 3, tzinfo=timezone.utc))
    assert moved.due_date == date(2020, 3, 13)
    event = session.execute(select(DossierEvent).where(DossierEvent.action == 'supplement')).scalar_one()
    assert (event.due_before, event.due_after) == (date(2020, 3, 9), date(2020, 3, 13))
    request = session.execute(select(DossierEvent).where(DossierEvent.action == 'request_documents')).scalar_one()
    assert request.note == 'Thiếu bản sao CCCD'


def test_whole_journey_writes_events_audit_notifications_and_rollups(world):
    session, officer, citizen = world['session'], world['officer'], world['citizen']
    dossier = submitted(world)
    for step in (rules.accept_dossier, rules.start_processing):
        step(session, actor=officer, dossier_id=dossier.id)
    rules.finish_dossier(session, actor=officer, dossier_id=dossier.id, note='Đã cấp giấy phép',
                         result_file=(pdf_bytes(b'result'), 'ket-qua.pdf'))
    rules.return_result(session, actor=officer, dossier_id=dossier.id)
    rating = rules.rate_dossier(session, actor=citizen, dossier_id=dossier.id, score=5, comment='Nhanh')
    assert rating.score == 5
    events = session.execute(select(func.count(DossierEvent.id)).where(DossierEvent.dossier_id == dossier.id)).scalar_one()
    audits = session.execute(select(func.count(AuditEvent.id)).where(AuditEvent.action.like('dossier.%'))).scalar_one()
    assert events == 5 and audits == 6  # five transitions and the rating
    kinds = [n.kind for n in list_notifications(session, account_id=citizen.id)]
    assert kinds[0] == 'dossier_returned' and 'dossier_accepted' in kinds
    assert session.execute(select(func.count(EmailMessage.id))).scalar_one() == len(kinds)  # she has an e-mail
    assert counter_total(session, 'dossiers_finished', dim1='UBND-01') == 1
    assert counter_total(session, 'rating_sum', dim1='UBND-01') == 5
    assert rules.is_on_time(session.get(type(dossier), dossier.id)) is True
    with pytest.raises(Conflict):
        rules.rate_dossier(session, actor=citizen, dossier_id=dossier.id, score=4)


def test_a_citizen_never_sees_another_s_dossier(world):
    session = world['session']
    dossier = submitted(world)
    with pytest.raises(NotFound):
        rules.dossier_view(session, actor=world['other'], dossier_id=dossier.id)
    with pytest.raises(NotFound):
        rules.withdraw_dossier(session, actor=world['other'], dossier_id=dossier.id)
    with pytest.raises(NotFound):
        rules.add_attachment(session, actor=world['other'], dossier_id=dossier.id, document_name='x',
                             data=pdf_bytes(), filename='x.pdf')
    assert rules.list_my_dossiers(session, actor=world['other']) == []


def test_an_officer_sees_only_their_agency(world):
    session = world['session']
    dossier = submitted(world)
    with pytest.raises(NotFound):
        rules.dossier_view(session, actor=world['stranger'], dossier_id=dossier.id)
    with pytest.raises(NotFound):
        rules.accept_dossier(session, actor=world['stranger'], dossier_id=dossier.id)
    rows, total = rules.agency_queue(session, actor=world['stranger'])
    assert total == 0
    rows, total = rules.agency_queue(session, actor=world['officer'])
    assert total == 1 and rows[0]['dossier'].id == dossier.id
    with pytest.raises(PermissionDenied):
        rules.agency_queue(session, actor=world['citizen'])


def test_withdraw_only_before_acceptance(world):
    session = world['session']
    dossier = submitted(world)
    rules.accept_dossier(session, actor=world['officer'], dossier_id=dossier.id)
    with pytest.raises(InvalidTransition):
        rules.withdraw_dossier(session, actor=world['citizen'], dossier_id=dossier.id)


def test_a_stale_view_is_refused_and_nothing_is_overwritten(world):
    session = world['session']
    dossier = submitted(world)
    seen_version = session.get(type(dossier), dossier.id).version
    rules.accept_dossier(session, actor=world['officer'], dossier_id=dossier.id, expected_version=seen_version)
    with pytest.raises(Conflict) as caught:
        rules.reject_dossier(session, actor=world['officer'], dossier_id=dossier.id, note='Sai',
                             expected_version=seen_version)
    assert caught.value.code == 'dossier_changed'
    assert session.get(type(dossier), dossier.id).status == rules.ACCEPTED


def test_reasons_are_required_where_the_citizen_needs_one(world):
    dossier = submitted(world)
    with pytest.raises(ValidationFailed):
        rules.reject_dossier(world['session'], actor=world['officer'], dossier_id=dossier.id, note='  ')


def test_queue_flags_due_soon_and_overdue(world):
    session = world['session']
    old = submitted(world, at=datetime(2020, 3, 2, 2, tzinfo=timezone.utc))
    rules.accept_dossier(session, actor=world['officer'], dossier_id=old.id,
                         at=datetime(2020, 3, 2, 3, tzinfo=timezone.utc))
    fresh = submitted(world)
    rules.accept_dossier(session, actor=world['officer'], dossier_id=fresh.id)
    rows, _ = rules.agency_queue(session, actor=world['officer'], due='overdue')
    assert [r['dossier'].id for r in rows] == [old.id] and rows[0]['flag'] == 'overdue'


def test_public_tracking_needs_the_right_id_number(world):
    session = world['session']
    dossier = submitted(world)
    found = rules.track_dossier(session, code=dossier.code.lower(), id_number=world['citizen'].id_number)
    assert found['dossier'].id == dossier.id
    with pytest.raises(NotFound) as wrong_id:
        rules.track_dossier(session, code=dossier.code, id_number=world['other'].id_number)
    with pytest.raises(NotFound) as unknown:
        rules.track_dossier(session, code='UBND-01-000000-9999', id_number=world['citizen'].id_number)
    assert wrong_id.value.code == unknown.value.code


@pytest.mark.parametrize('data, filename, code', [
    (b'MZ\x90\x00\x03\x00\x00\x00' + b'\x00' * 100, 'hoa-don.pdf', 'file_type_not_allowed'),
    (pdf_bytes(b'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'), 'a.pdf',
     'file_content_refused'),
    (b'', 'empty.pdf', 'file_empty'),
    (b'GIF89a' + b'\x00' * 50, 'anh.png', 'file_type_not_allowed'),
])
def test_hostile_uploads_are_refused(world, data, filename, code):
    dossier = rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000001',
                               agency_code='UBND-01', form_data={})
    with pytest.raises(ValidationFailed) as caught:
        rules.add_attachment(world['session'], actor=world['citizen'], dossier_id=dossier.id,
                             document_name='Giấy tờ số 1', data=data, filename=filename)
    assert caught.value.code == code


def test_oversize_upload_is_refused(world, monkeypatch):
    from core.settings import get_settings
    monkeypatch.setattr(get_settings(), 'upload_max_bytes', 2048)
    dossier = rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000001',
                               agency_code='UBND-01', form_data={})
    with pytest.raises(ValidationFailed) as caught:
        rules.add_attachment(world['session'], actor=world['citizen'], dossier_id=dossier.id,
                             document_name='Giấy tờ số 1', data=pdf_bytes(b'x' * 4096), filename='big.pdf')
    assert caught.value.code == 'file_too_large'


def test_path_tricks_in_names_never_reach_the_disk(world):
    from domain.files import stored_path, upload_root
    dossier = rules.save_draft(world['session'], actor=world['citizen'], procedure_code='1.000001',
                               agency_code='UBND-01', form_data={})
    with pytest.raises(ValidationFailed) as caught:  # no browser sends folders or NUL in a file name
        rules.add_attachment(world['session'], actor=world['citizen'], dossier_id=dossier.id,
                             document_name='Giấy tờ số 1', data=pdf_bytes(), filename='../../etc/passwd\x00.pdf')
    assert caught.value.code == 'file_name_invalid'
    attachment = rules.add_attachment(world['session'], actor=world['citizen'], dossier_id=dossier.id,
                                      document_name='Giấy tờ số 1', data=pdf_bytes(), filename='passwd.pdf')
    assert stored_path(attachment.stored_name).parent.parent == upload_root()
    with pytest.raises(NotFound):
        stored_path('../secret_key')


# ---------------------------------------------------------------- the state machine, property-based

OFFICER = {'accept', 'reject', 'process', 'request_documents', 'request_fee', 'confirm_fee', 'stop', 'finish',
           'return_result'}


def _do(world, dossier_id: int, name: str):
    session = world['session']
    officer, citizen = world['officer'], world['citizen']
    calls = {
        'withdraw': lambda: rules.withdraw_dossier(session, actor=citizen, dossier_id=dossier_id),
        'accept': lambda: rules.accept_dossier(session, actor=officer, dossier_id=dossier_id),
        'reject': lambda: rules.reject_dossier(session, actor=officer, dossier_id=dossier_id, note='Lý do'),
        'process': lambda: rules.start_processing(session, actor=officer, dossier_id=dossier_id),
        'request_documents': lambda: rules.request_documents(session, actor=officer, dossier_id=dossier_id,
                                                             note='Bổ sung'),
        'supplement': lambda: rules.supplement_dossier(session, actor=citizen, dossier_id=dossier_id, note='Đã gửi'),
        'request_fee': lambda: rules.request_fee(session, actor=officer, dossier_id=dossier_id, amount=50000),
        'confirm_fee': lambda: rules.confirm_fee(session, actor=officer, dossier_id=dossier_id),
        'stop': lambda: rules.stop_dossier(session, actor=officer, dossier_id=dossier_id, note='Dừng'),
        'finish': lambda: rules.finish_dossier(session, actor=officer, dossier_id=dossier_id, note='Xong'),
        'return_result': lambda: rules.return_result(session, actor=officer, dossier_id=dossier_id),
    }
    return calls[name]()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(sorted(set(rules.ACTIONS) - {'submit', 'fee_paid'})), min_size=1, max_size=12))
def test_no_illegal_transition_ever_succeeds(world, steps):
    session = world['session']
    dossier = submitted(world)
    for name in steps:
        before = session.get(type(dossier), dossier.id, populate_existing=True).status
        legal = before in rules.ACTIONS[name].sources
        try:
            _do(world, dossier.id, name)
            succeeded = True
        except (InvalidTransition, ValidationFailed):
            succeeded = False
        after = session.get(type(dossier), dossier.id, populate_existing=True).status
        assert succeeded == legal, (name, before)
        assert after == (rules.ACTIONS[name].target if succeeded else before)
        assert after in rules.ALLOWED[before] or after == before


def test_email_outbox_is_delivered_and_failures_are_retried(world):
    from domain.notifications import deliver_pending, pending_emails
    session = world['session']
    submitted(world)
    assert len(pending_emails(session)) == 1
    outbox: list = []

    def broken(to, subject, body):
        raise OSError('connection refused')
    assert deliver_pending(session, broken) == (0, 1)
    assert pending_emails(session)[0].attempts == 1
    assert deliver_pending(session, lambda *message: outbox.append(message)) == (1, 0)
    assert outbox[0][0] == 'hong@example.vn' and 'được nộp thành công' in outbox[0][2]
    assert pending_emails(session) == []
