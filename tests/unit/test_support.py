"""Call centre: calls, ticket lifecycle, SLAs, locking, escalation, permissions, figures."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core import events
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from domain import support
from domain.knowledge import load_knowledge, search_knowledge
from domain.stats import counter_total
from models.audit import AuditEvent
from models.support import CallLog, Ticket, TicketCreate
from tests.factories import make_citizen, make_staff


@pytest.fixture
def desk(session):
    return {'session': session, 'agent': make_staff(session, 'agent'), 'other_agent': make_staff(session, 'agent'),
            'supervisor': make_staff(session, 'supervisor'), 'citizen': make_citizen(session, full_name='Trần Văn Gọi'),
            'stranger': make_citizen(session, full_name='Lê Thị Khác'),
            'officer': make_staff(session, 'officer', agency_code='BTP'),
            'other_officer': make_staff(session, 'officer', agency_code='BYT'),
            'leader': make_staff(session, 'leader')}


def ticket(desk, **overrides) -> Ticket:
    data = dict(subject='Không nhận được mã OTP', description='Công dân không nhận được mã OTP khi đăng ký',
                category='account', priority='high', requester_account_id=desk['citizen'].id)
    data.update(overrides)
    return support.open_ticket(desk['session'], actor=desk['agent'], data=TicketCreate(**data))


def test_a_call_is_logged_with_its_duration_and_caller(desk):
    session, agent, citizen = desk['session'], desk['agent'], desk['citizen']
    start = datetime(2020, 1, 6, 2, 0, tzinfo=timezone.utc)
    call = support.start_call(session, actor=agent, at=start)
    assert support.wallboard(session, actor=desk['supervisor'], now=start)['calls_in_progress'] == 1
    logged = support.end_call(session, actor=agent, call_id=call.id, at=start + timedelta(minutes=4, seconds=5),
                              data=CallLog(caller_phone=citizen.phone, category='account', notes='Hướng dẫn đăng nhập',
                                           outcome='resolved'))
    assert logged.duration_seconds == 245 and logged.account_id == citizen.id and logged.caller_name == 'Trần Văn Gọi'
    assert counter_total(session, 'calls') == 1 and counter_total(session, 'call_seconds') == 245
    with pytest.raises(Conflict):
        support.end_call(session, actor=agent, call_id=call.id, data=CallLog())


def test_bad_call_fields_are_named(desk):
    call = support.start_call(desk['session'], actor=desk['agent'])
    with pytest.raises(ValidationFailed) as caught:
        support.end_call(desk['session'], actor=desk['agent'], call_id=call.id,
                         data=CallLog(caller_phone='12', caller_id_number='abc', category='weather', outcome='x'))
    assert set(caught.value.fields) == {'caller_phone', 'caller_id_number', 'category', 'outcome'}


def test_ticket_gets_code_sla_and_queue(desk):
    opened = ticket(desk)
    assert opened.code.startswith('YC-') and opened.status == 'new' and opened.queue == 'account'
    assert support.as_utc(opened.sla_due_at) - support.as_utc(opened.created_at) == timedelta(hours=8)
    assert counter_total(desk['session'], 'tickets_opened') == 1


def test_escalation_to_an_agency_and_back(desk):
    session = desk['session']
    opened = ticket(desk, category='dossier')
    support.escalate(session, actor=desk['agent'], ticket_id=opened.id, agency_code='BTP',
                     note='Đề nghị Bộ Tư pháp kiểm tra hồ sơ lý lịch tư pháp')
    assert [t.id for t in support.agency_tickets(session, actor=desk['officer'])] == [opened.id]
    assert support.agency_tickets(session, actor=desk['other_officer']) == []
    with pytest.raises(NotFound):
        support.agency_answer(session, actor=desk['other_officer'], ticket_id=opened.id, body='x')
    with pytest.raises(PermissionDenied):
        support.agency_answer(session, actor=desk['agent'], ticket_id=opened.id, body='x')
    answered = support.agency_answer(session, actor=desk['officer'], ticket_id=opened.id,
                                     body='Hồ sơ đang được xác minh, hẹn trả ngày 20/01')
    assert answered.status == 'open'
    with pytest.raises(NotFound):
        support.ticket_view(session, actor=desk['other_officer'], ticket_id=opened.id)


def test_citizen_sees_only_own_tickets_and_never_internal_notes(desk):
    session = desk['session']
    opened = ticket(desk)
    support.reply(session, actor=desk['agent'], ticket_id=opened.id, body='Ghi chú nội bộ: nghi lỗi SMS', public=False)
    support.reply(session, actor=desk['agent'], ticket_id=opened.id, body='Anh vui lòng thử lại sau 5 phút')
    view = support.ticket_view(session, actor=desk['citizen'], ticket_id=opened.id)
    bodies = [e.body for e in view['events']]
    assert 'Anh vui lòng thử lại sau 5 phút' in bodies and not any('nội bộ' in (b or '') for b in bodies)
    staff_view = support.ticket_view(session, actor=desk['agent'], ticket_id=opened.id)
    assert any('nội bộ' in (e.body or '') for e in staff_view['events'])
    with pytest.raises(NotFound):
        support.ticket_view(session, actor=desk['stranger'], ticket_id=opened.id)
    with pytest.raises(PermissionDenied):
        support.reply(session, actor=desk['citizen'], ticket_id=opened.id, body='note', public=False)
    with pytest.raises(PermissionDenied):
        support.list_tickets(session, actor=desk['citizen'])


def test_a_leader_or_citizen_cannot_work_the_call_centre(desk):
    for actor in (desk['leader'], desk['citizen'], desk['officer']):
        with pytest.raises(PermissionDenied):
            support.start_call(desk['session'], actor=actor)
    with pytest.raises(PermissionDenied):
        support.wallboard(desk['session'], actor=desk['agent'])


def test_two_agents_on_one_ticket_one_wins_the_other_is_told(desk):
    session = desk['session']
    opened = ticket(desk)
    seen = opened.version
    support.change_status(session, actor=desk['agent'], ticket_id=opened.id, to='pending_citizen', version=seen)
    with pytest.raises(Conflict) as caught:
        support.change_status(session, actor=desk['other_agent'], ticket_id=opened.id, to='resolved', version=seen)
    assert caught.value.code == 'ticket_changed'
    assert session.get(Ticket, opened.id).status == 'pending_citizen'
    writes = session.execute(select(func.count(AuditEvent.id)).where(AuditEvent.entity == 'ticket')).scalar_one()
    assert writes == 2  # created + the winning change


def test_citizen_reply_reopens_and_resolution_is_rated_once(desk):
    session, citizen = desk['session'], desk['citizen']
    opened = ticket(desk)
    support.change_status(session, actor=desk['agent'], ticket_id=opened.id, to='pending_citizen')
    support.reply(session, actor=citizen, ticket_id=opened.id, body='Tôi đã thử lại nhưng vẫn lỗi')
    assert session.get(Ticket, opened.id).status == 'open'
    with pytest.raises(InvalidTransition):
        support.rate_ticket(session, actor=citizen, ticket_id=opened.id, score=5)
    support.change_status(session, actor=desk['agent'], ticket_id=opened.id, to='resolved')
    support.rate_ticket(session, actor=citizen, ticket_id=opened.id, score=4, comment='Hỗ trợ nhiệt tình')
    with pytest.raises(Conflict):
        support.rate_ticket(session, actor=citizen, ticket_id=opened.id, score=5)
    assert counter_total(session, 'csat_sum') == 4
    support.change_status(session, actor=desk['agent'], ticket_id=opened.id, to='open')  # reopen
    assert session.get(Ticket, opened.id).resolved_at is None


def test_supervisor_reassigns_and_merges(desk):
    session = desk['session']
    first, duplicate = ticket(desk), ticket(desk)
    with pytest.raises(PermissionDenied):
        support.assign(session, actor=desk['agent'], ticket_id=first.id, assignee_id=desk['other_agent'].id)
    support.assign(session, actor=desk['agent'], ticket_id=first.id, assignee_id=desk['agent'].id)  # take it
    support.assign(session, actor=desk['supervisor'], ticket_id=first.id, assignee_id=desk['other_agent'].id)
    assert session.get(Ticket, first.id).assignee_id == desk['other_agent'].id
    with pytest.raises(PermissionDenied):
        support.merge_tickets(session, actor=desk['agent'], duplicate_id=duplicate.id, into_id=first.id)
    merged = support.merge_tickets(session, actor=desk['supervisor'], duplicate_id=duplicate.id, into_id=first.id)
    assert merged.status == 'closed' and merged.merged_into_id == first.id


def test_queues_and_sla_breaches(desk):
    session = desk['session']
    late = support.open_ticket(session, actor=desk['agent'], at=datetime.now(timezone.utc) - timedelta(hours=30),
                               data=TicketCreate(subject='Cũ', description='Quá hạn', category='payment',
                                                 priority='normal'))
    fresh = ticket(desk)
    support.assign(session, actor=desk['agent'], ticket_id=fresh.id, assignee_id=desk['agent'].id)
    overdue, _ = support.list_tickets(session, actor=desk['agent'], view='overdue')
    mine, _ = support.list_tickets(session, actor=desk['agent'], view='mine')
    unassigned, _ = support.list_tickets(session, actor=desk['agent'], view='unassigned')
    assert [t.id for t in overdue] == [late.id] and [t.id for t in mine] == [fresh.id]
    assert [t.id for t in unassigned] == [late.id]
    assert support.is_breached(late) and not support.is_breached(fresh)
    assert support.wallboard(session, actor=desk['supervisor'])['sla_breaches'] == 1


def test_changes_publish_to_live_pages(desk):
    before = events.version('support')[0]
    ticket(desk)
    assert events.version('support')[0] == before + 1


def test_report_by_day_category_and_agent(desk):
    session = desk['session']
    day = datetime(2020, 1, 7, 3, 0, tzinfo=timezone.utc)
    for minutes, outcome in ((2, 'resolved'), (6, 'ticket')):
        support.log_call(session, actor=desk['agent'], started_at=day, ended_at=day + timedelta(minutes=minutes),
                         data=CallLog(category='payment', outcome=outcome))
    result = support.report(session, actor=desk['supervisor'], since=date(2020, 1, 1), until=date(2020, 1, 31))
    assert result['by_day'][0]['calls'] == 2 and result['by_day'][0]['average_handling_seconds'] == 240
    assert result['by_category'][0]['category'] == 'payment'
    assert result['by_agent'][0]['first_contact_resolution'] == 50.0


def test_caller_lookup_by_phone_or_id_masks_the_id(desk):
    session, citizen = desk['session'], desk['citizen']
    ticket(desk)
    found = support.caller_lookup(session, actor=desk['agent'], query=citizen.id_number)
    assert found['account']['name'] == 'Trần Văn Gọi' and '*' in found['account']['id_number']
    assert len(found['tickets']) == 1
    assert support.caller_lookup(session, actor=desk['agent'], query=citizen.phone)['account']['id'] == citizen.id
    with pytest.raises(ValidationFailed):
        support.caller_lookup(session, actor=desk['agent'], query='nguyen')


def test_caller_lookup_shows_the_callers_payments(desk):
    from sqlalchemy import select

    from domain.payments import create_payable, start_payment
    from models.agencies import Agency
    from models.payments import PayableCreate

    session, citizen = desk['session'], desk['citizen']
    agency_id = session.execute(select(Agency.id).where(Agency.code == 'BCA')).scalar_one()
    fine = create_payable(session, agency_id=agency_id, created_by='test', data=PayableCreate(
        kind='traffic_fine', reference='88/QĐ-XPVPHC', payer_id_number=citizen.id_number, payer_name=citizen.full_name,
        plate='30A-123.45', description='Phạt vượt đèn đỏ', amount=900_000))
    checkout = start_payment(session, actor=citizen, payable_id=fine.id, bank_code='VCB')
    found = support.caller_lookup(session, actor=desk['agent'], query=citizen.phone)
    assert [(p['code'], p['status'], p['amount']) for p in found['payments']] == [(checkout.order_code, 'pending',
                                                                                  900_000)]


def test_knowledge_base_search_folds_diacritics(desk):
    session = desk['session']
    load_knowledge(session, {'articles': [
        {'title': 'Đổi giấy phép lái xe trực tuyến', 'category': 'procedure', 'keywords': ['GPLX'],
         'body': 'Các bước đổi GPLX trên Cổng.'},
        {'title': 'Quên mật khẩu đăng nhập', 'category': 'account', 'keywords': ['OTP'], 'body': 'Lấy lại mật khẩu.'}],
        'macros': [{'title': 'Chào hỏi', 'body': 'Kính chào Anh/Chị', 'category': None}]})
    assert search_knowledge(session, q='doi gplx')[0]['title'] == 'Đổi giấy phép lái xe trực tuyến'
    assert search_knowledge(session, q='QUEN MAT KHAU')[0]['category'] == 'account'
    assert search_knowledge(session, q='xyzzy') == []
    assert support.list_macros(session, actor=desk['agent'])[0].title == 'Chào hỏi'


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(sorted(support.TRANSITIONS)), min_size=1, max_size=10))
def test_no_illegal_ticket_transition_ever_succeeds(desk, steps):
    session = desk['session']
    opened = ticket(desk)
    for to in steps:
        before = session.get(Ticket, opened.id, populate_existing=True).status
        try:
            support.change_status(session, actor=desk['agent'], ticket_id=opened.id, to=to)
            succeeded = True
        except InvalidTransition:
            succeeded = False
        after = session.get(Ticket, opened.id, populate_existing=True).status
        assert succeeded == (to in support.TRANSITIONS[before])
        assert after == (to if succeeded else before)
