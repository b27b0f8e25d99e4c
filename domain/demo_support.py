"""Demo data for the call centre: the launch period reproduced (5,700 calls and 4,500 issues
between 9 December 2019 and 13 March 2020), and a live day of work for the queues and the
wallboard. Rows go in with Core bulk inserts; the rollups are written from the same rows."""
from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlmodel import Session

from core.clock import VN_TZ, now_utc, to_local
from domain.demo import person_name
from domain.stats import bump_counter
from models.accounts import Account
from models.sequences import CodeSequence
from models.support import Call, Ticket, TicketEvent

LAUNCH_START = date(2019, 12, 9)
LAUNCH_END = date(2020, 3, 13)
CATEGORY_WEIGHTS = {'account': 30, 'procedure': 21, 'dossier': 19, 'payment': 13, 'technical': 10, 'complaint': 3,
                    'other': 4}
OUTCOME_WEIGHTS = {'resolved': 44, 'ticket': 46, 'transferred': 4, 'callback': 4, 'dropped': 2}
SUBJECTS = {
    'account': ('Không nhận được mã OTP khi đăng ký', 'Quên mật khẩu đăng nhập', 'Không đăng nhập được bằng số CMND cũ',
                'Đổi số điện thoại của tài khoản'),
    'procedure': ('Hỏi thủ tục đổi giấy phép lái xe', 'Hỏi thành phần hồ sơ đăng ký khai sinh',
                  'Hỏi lệ phí cấp phiếu lý lịch tư pháp', 'Hỏi thủ tục cấp lại thẻ BHYT'),
    'dossier': ('Hồ sơ quá hạn chưa có kết quả', 'Không thấy hồ sơ đã nộp', 'Hỏi tình trạng hồ sơ đổi GPLX',
                'Cơ quan yêu cầu bổ sung nhưng không rõ nội dung'),
    'payment': ('Đã trừ tiền nhưng hồ sơ chưa xác nhận thanh toán', 'Thanh toán tiền điện bị lỗi',
                'Không tải được biên lai điện tử', 'Nộp phạt vi phạm giao thông không thành công'),
    'technical': ('Không tải được tệp đính kèm', 'Trang web báo lỗi khi nộp hồ sơ', 'Không hiển thị mã xác thực'),
    'complaint': ('Phản ánh thái độ cán bộ tiếp nhận', 'Khiếu nại về thời hạn giải quyết'),
    'other': ('Góp ý giao diện Cổng', 'Hỏi về đăng nhập một lần với cổng tỉnh'),
}
AGENT_NAMES = ('Nguyễn Thu Trang', 'Trần Minh Hiếu', 'Phạm Thị Ngọc Ánh', 'Lê Quang Vinh', 'Đỗ Thị Phương',
               'Hoàng Anh Tuấn', 'Bùi Thị Hằng', 'Vũ Đức Mạnh', 'Ngô Thị Thanh Tâm', 'Đặng Văn Khoa')


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _agents(session: Session, password_hash: str) -> list[int]:
    existing = list(session.execute(select(Account.id).where(Account.role.in_(('agent', 'supervisor')))).scalars())
    for index, name in enumerate(AGENT_NAMES):
        account = Account(kind='staff', role='agent', full_name=name, id_number=f'0011950{index:05d}',
                          phone=f'09020000{index:02d}', password_hash=password_hash)
        session.add(account)
        session.flush()
        existing.append(account.id)
    return existing


def _day_weights(start: date, end: date) -> list[tuple[date, float]]:
    days = []
    current = start
    while current <= end:
        weight = 0.35 if current.weekday() >= 5 else 1.0
        if (current - start).days < 14:
            weight *= 2.2  # the launch weeks
        if date(2020, 1, 23) <= current <= date(2020, 1, 29):
            weight *= 0.15  # Tết
        days.append((current, weight))
        current += timedelta(days=1)
    return days


def _moment(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59)), VN_TZ)


def create_demo_support(session: Session, *, calls: int = 5700, tickets: int = 4500, seed: int = 1096,
                        password_hash: str) -> dict[str, int]:
    rng = random.Random(seed)
    agents = _agents(session, password_hash)
    citizens = list(session.execute(select(Account.id, Account.full_name, Account.phone)
                                    .where(Account.kind == 'citizen').limit(200)).all())
    days = _day_weights(LAUNCH_START, LAUNCH_END)
    weights = [w for _, w in days]
    counters: Counter = Counter()
    call_rows, ticket_plans = [], []
    for _ in range(calls):
        day = rng.choices(days, weights)[0][0]
        started = _moment(rng, day)
        seconds = int(min(1800, max(25, rng.lognormvariate(5.3, 0.55))))
        category, outcome = _pick(rng, CATEGORY_WEIGHTS), _pick(rng, OUTCOME_WEIGHTS)
        caller = rng.choice(citizens) if citizens and rng.random() < 0.6 else None
        call_rows.append({'agent_id': rng.choice(agents), 'direction': 'inbound' if rng.random() < 0.93 else 'outbound',
                          'channel': 'phone', 'caller_phone': caller.phone if caller else f'09{rng.randint(10**7, 10**8 - 1)}',
                          'caller_name': caller.full_name if caller else person_name(rng), 'caller_id_number': None,
                          'account_id': caller.id if caller else None, 'category': category,
                          'notes': rng.choice(SUBJECTS[category]), 'outcome': outcome, 'started_at': started,
                          'ended_at': started + timedelta(seconds=seconds), 'duration_seconds': seconds})
        counters[('calls', day, category, outcome)] += 1
        counters[('call_seconds', day, '', '')] += seconds
    session.execute(insert(Call), call_rows)
    from_calls = [row for row in call_rows if row['outcome'] == 'ticket'][:tickets]
    for row in from_calls:
        ticket_plans.append((row['started_at'] + timedelta(seconds=row['duration_seconds']), row['category'], 'phone',
                             row['account_id'], row['caller_name'], row['caller_phone']))
    while len(ticket_plans) < tickets:
        day = rng.choices(days, weights)[0][0]
        category = _pick(rng, CATEGORY_WEIGHTS)
        caller = rng.choice(citizens) if citizens else None
        ticket_plans.append((_moment(rng, day), category, rng.choice(('portal', 'portal', 'email', 'chat')),
                             caller.id if caller else None, caller.full_name if caller else person_name(rng),
                             caller.phone if caller else None))
    ticket_plans.sort(key=lambda plan: plan[0])
    per_day: Counter = Counter()
    sla = {'urgent': 4, 'high': 8, 'normal': 24, 'low': 72}
    ticket_rows = []
    for opened, category, source, account_id, name, phone in ticket_plans:
        local_day = to_local(opened).date()
        per_day[local_day] += 1
        priority = rng.choices(('low', 'normal', 'high', 'urgent'), (10, 65, 20, 5))[0]
        due = opened + timedelta(hours=sla[priority])
        within = rng.random() < 0.91
        resolved = opened + timedelta(hours=rng.uniform(0.3, sla[priority] * (0.95 if within else 2.5)))
        csat = rng.choices((5, 4, 3, 2, 1), (55, 28, 9, 5, 3))[0] if rng.random() < 0.42 else None
        ticket_rows.append({
            'code': f'YC-{local_day:%y%m%d}-{per_day[local_day]:04d}', 'subject': rng.choice(SUBJECTS[category]),
            'description': rng.choice(SUBJECTS[category]) + '. Đã hướng dẫn và theo dõi đến khi giải quyết.',
            'category': category, 'priority': priority, 'status': 'closed', 'queue': category
            if category in ('account', 'dossier', 'payment', 'technical', 'complaint') else 'general',
            'source': source, 'assignee_id': rng.choice(agents), 'requester_account_id': account_id,
            'requester_name': name, 'requester_phone': phone, 'sla_due_at': due, 'first_response_at': opened
            + timedelta(minutes=rng.randint(2, 90)), 'resolved_at': resolved, 'closed_at': resolved + timedelta(days=2),
            'csat': csat, 'version': 3, 'created_at': opened, 'updated_at': resolved + timedelta(days=2)})
        counters[('tickets_opened', local_day, category, source)] += 1
        counters[('tickets_resolved', to_local(resolved).date(), category,
                  'within_sla' if resolved <= due else 'breached')] += 1
        if csat:
            counters[('csat_count', to_local(resolved).date(), '', '')] += 1
            counters[('csat_sum', to_local(resolved).date(), '', '')] += csat
    session.execute(insert(Ticket), ticket_rows)
    ids = dict(session.execute(select(Ticket.code, Ticket.id)).all())
    event_rows = []
    for row in ticket_rows:
        tid = ids[row['code']]
        event_rows += [
            {'ticket_id': tid, 'at': row['created_at'], 'kind': 'created', 'public': True, 'body': row['description'],
             'to_status': 'new', 'detail': {}},
            {'ticket_id': tid, 'at': row['first_response_at'], 'actor_id': row['assignee_id'], 'kind': 'reply',
             'public': True, 'body': 'Tổng đài đã tiếp nhận và hướng dẫn Anh/Chị.', 'detail': {}},
            {'ticket_id': tid, 'at': row['resolved_at'], 'actor_id': row['assignee_id'], 'kind': 'status',
             'public': True, 'from_status': 'open', 'to_status': 'resolved', 'detail': {}},
            {'ticket_id': tid, 'at': row['closed_at'], 'kind': 'status', 'public': True, 'from_status': 'resolved',
             'to_status': 'closed', 'detail': {}}]
    for chunk in range(0, len(event_rows), 5000):
        session.execute(insert(TicketEvent), event_rows[chunk:chunk + 5000])
    session.execute(insert(CodeSequence), [{'name': 'ticket', 'period': f'{d:%y%m%d}', 'value': n}
                                           for d, n in per_day.items()])
    for (metric, day, dim1, dim2), value in counters.items():
        bump_counter(session, metric, day=day, dim1=dim1, dim2=dim2, by=value)
    session.commit()
    return {'calls': len(call_rows), 'tickets': len(ticket_rows)}


def create_live_support_day(session: Session, *, seed: int = 19) -> None:
    """Today's work in progress: open tickets in every queue state and a few calls, through the
    domain functions, so the queues, SLA colours and wallboard show real figures."""
    from domain import support
    from models.support import CallLog, TicketCreate

    rng = random.Random(seed)
    agent = session.execute(select(Account).where(Account.role == 'agent').order_by(Account.id)).scalars().first()
    supervisor = session.execute(select(Account).where(Account.role == 'supervisor')).scalars().first()
    citizens = session.execute(select(Account).where(Account.kind == 'citizen').order_by(Account.id).limit(12)).scalars().all()
    now = now_utc()
    for index in range(14):
        category = _pick(rng, CATEGORY_WEIGHTS)
        started = now - timedelta(minutes=rng.randint(20, 400))
        support.log_call(session, actor=agent, started_at=started, ended_at=started + timedelta(seconds=rng.randint(60, 600)),
                         data=CallLog(caller_phone=citizens[index % len(citizens)].phone, category=category,
                                      notes=rng.choice(SUBJECTS[category]), outcome=_pick(rng, OUTCOME_WEIGHTS)))
    for index, citizen in enumerate(citizens):
        category = _pick(rng, CATEGORY_WEIGHTS)
        opened_hours_ago = rng.choice((1, 3, 6, 12, 20, 30, 50))
        ticket = support.open_ticket(session, actor=agent, at=now - timedelta(hours=opened_hours_ago),
                                     data=TicketCreate(subject=rng.choice(SUBJECTS[category]), category=category,
                                                       description=rng.choice(SUBJECTS[category]) + '.',
                                                       priority=rng.choice(('normal', 'normal', 'high', 'low')),
                                                       requester_account_id=citizen.id))
        step = index % 5
        if step >= 1:
            support.assign(session, actor=agent, ticket_id=ticket.id, assignee_id=agent.id)
        if step == 2:
            support.change_status(session, actor=agent, ticket_id=ticket.id, to='pending_citizen',
                                  note='Đề nghị Anh/Chị cung cấp ảnh chụp màn hình lỗi')
        if step == 3:
            support.escalate(session, actor=agent, ticket_id=ticket.id, agency_code='BTP',
                             note='Đề nghị cơ quan kiểm tra tình trạng hồ sơ của công dân')
        if step == 4 and supervisor:
            support.change_status(session, actor=agent, ticket_id=ticket.id, to='resolved',
                                  note='Đã hướng dẫn công dân thực hiện thành công')


def has_support_data(session: Session) -> bool:
    return session.execute(select(func.count(Call.id))).scalar_one() > 0
