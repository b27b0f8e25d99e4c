"""Demo data: the demo accounts of every role and a small, realistic data set.

Rows and the rollups they move are written together, so the dashboards' figures equal
what a GROUP BY over the raw tables gives.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from core.clock import VN_TZ, now_utc, today_local
from core.security import hash_password
from domain.audit import record_event
from domain.reference import province_committee_code
from domain.stats import bump_counter
from models.accounts import Account, Consent
from models.agencies import Agency

DEMO_PASSWORD = 'dichvucong-demo'
CONSENT_VERSION = '2023-07-01'


@dataclass(frozen=True)
class DemoAccount:
    role: str
    full_name: str
    id_number: str
    phone: str
    agency_code: str | None = None
    email: str | None = None


DEMO_ACCOUNTS = (
    DemoAccount('citizen', 'Nguyễn Văn An', '001090012345', '0912345678', email='an.nguyen@example.vn'),
    DemoAccount('citizen', 'Trần Thị Bích Ngọc', '079192034567', '0987123456'),
    DemoAccount('enterprise', 'Công ty TNHH Thương mại Sao Mai', '0101234567', '0903456789',
                email='lienhe@saomai.example.vn'),
    DemoAccount('agent', 'Lê Thị Thu Hà', '001191023456', '0901000001'),
    DemoAccount('supervisor', 'Phạm Minh Đức', '001085034567', '0901000002'),
    DemoAccount('officer', 'Đỗ Thị Lan', '001188045678', '0901000003', agency_code=province_committee_code('01')),
    DemoAccount('officer', 'Vũ Quang Huy', '079087056789', '0901000004', agency_code='BTP'),
    DemoAccount('leader', 'Hoàng Văn Thắng', '001070067890', '0901000005'),
    DemoAccount('leader', 'Ngô Thị Mai', '079075078901', '0901000006', agency_code=province_committee_code('79')),
    DemoAccount('admin', 'Quản trị Hệ thống', '001080089012', '0901000007'),
)

_FAMILY = ('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
           'Dương', 'Lý')
_MIDDLE_M = ('Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thành', 'Công', 'Xuân')
_MIDDLE_F = ('Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Phương', 'Hồng')
_GIVEN_M = ('An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân',
            'Sơn', 'Tài', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh')
_GIVEN_F = ('Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'My', 'Nga', 'Ngân',
            'Nhung', 'Oanh', 'Phượng', 'Quỳnh', 'Thảo', 'Trang', 'Vân', 'Yến')
_COMPANY = ('Công ty TNHH', 'Công ty Cổ phần', 'Doanh nghiệp tư nhân')
_COMPANY_NAME = ('Hưng Thịnh', 'Phát Đạt', 'Minh Long', 'Hoàng Gia', 'Thành Công', 'An Phú', 'Đại Việt', 'Tân Tiến',
                 'Sài Gòn Xanh', 'Hà Thành', 'Kim Ngân', 'Phương Nam', 'Bắc Hà', 'Trường Sơn', 'Mekong')
_COMPANY_TRADE = ('Thương mại', 'Xây dựng', 'Dịch vụ', 'Vận tải', 'Công nghệ', 'Nông sản', 'Du lịch', 'Thực phẩm')


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f'{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_M)} {rng.choice(_GIVEN_M)}'
    return f'{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_F)} {rng.choice(_GIVEN_F)}'


def company_name(rng: random.Random) -> str:
    return f'{rng.choice(_COMPANY)} {rng.choice(_COMPANY_TRADE)} {rng.choice(_COMPANY_NAME)}'


def has_accounts(session: Session) -> bool:
    return session.execute(select(func.count(Account.id))).scalar_one() > 0


def create_demo_accounts(session: Session, password_hash: str) -> None:
    agencies = {a.code: a.id for a in session.execute(select(Agency)).scalars()}
    for demo in DEMO_ACCOUNTS:
        kind = demo.role if demo.role in ('citizen', 'enterprise') else 'staff'
        account = Account(kind=kind, role=demo.role, full_name=demo.full_name, id_number=demo.id_number,
                          phone=demo.phone, email=demo.email, password_hash=password_hash,
                          agency_id=agencies.get(demo.agency_code) if demo.agency_code else None,
                          province_code=demo.id_number[1:3] if kind == 'citizen' else '01')
        session.add(account)
        session.flush()
        if kind != 'staff':
            session.add(Consent(account_id=account.id, purpose='personal_data_processing', text_version=CONSENT_VERSION))
            bump_counter(session, 'accounts', dim1=kind, dim2=account.province_code or '',
                         day=today_local())
        record_event(session, action='account.created', entity='account', entity_id=account.id,
                     detail={'role': demo.role, 'via': 'demo_data'})


def create_demo_public(session: Session, *, count: int, days: int, password_hash: str, seed: int = 2019) -> None:
    """Citizens and enterprises registered over the last `days` days, with their rollups."""
    rng = random.Random(seed)
    provinces = [code for code in ('01', '79', '31', '48', '92', '22', '38', '40', '75', '74', '27', '56')]
    taken_ids: set[str] = {d.id_number for d in DEMO_ACCOUNTS}
    taken_phones: set[str] = {d.phone for d in DEMO_ACCOUNTS}
    today = today_local()
    for _ in range(count):
        enterprise = rng.random() < 0.12
        province = rng.choice(provinces)
        while True:
            id_number = (f'0{rng.randint(100000000, 999999999)}' if enterprise
                         else f'0{province}{rng.randint(0, 3)}{rng.randint(40, 99):02d}{rng.randint(0, 999999):06d}')
            phone = f'09{rng.randint(10000000, 99999999)}'
            if id_number not in taken_ids and phone not in taken_phones:
                taken_ids.add(id_number)
                taken_phones.add(phone)
                break
        day = today - timedelta(days=min(days - 1, int(rng.expovariate(1 / (days / 3)))))
        created = datetime.combine(day, time(rng.randint(7, 21), rng.randint(0, 59)), VN_TZ)
        kind = 'enterprise' if enterprise else 'citizen'
        account = Account(kind=kind, role=kind, full_name=company_name(rng) if enterprise else person_name(rng),
                          id_number=id_number, phone=phone, password_hash=password_hash, province_code=province,
                          created_at=created)
        session.add(account)
        session.flush()
        session.add(Consent(account_id=account.id, purpose='personal_data_processing', text_version=CONSENT_VERSION,
                            given_at=created))
        bump_counter(session, 'accounts', dim1=kind, dim2=province, day=day)


def ensure_demo_data(session: Session, *, public_accounts: int = 240, days: int = 30, dossiers: int = 300,
                     support_launch: bool = True, national_scale: float = 0.01, progress=None) -> bool:
    """Fill an empty database with the demo data set; returns False when accounts exist."""
    if has_accounts(session):
        return False
    password_hash = hash_password(DEMO_PASSWORD)
    create_demo_accounts(session, password_hash)
    create_demo_public(session, count=public_accounts, days=days, password_hash=password_hash)
    create_demo_clients(session)
    create_demo_synced_records(session)
    create_demo_payables(session)
    session.commit()
    if dossiers:
        create_demo_dossiers(session, count=dossiers)
    create_demo_feedback(session)
    if support_launch:
        from domain.demo_support import create_demo_support, create_live_support_day
        create_demo_support(session, password_hash=password_hash)
        create_live_support_day(session)
    if national_scale:
        from domain.demo_national import create_national_demo
        create_national_demo(session, scale=national_scale, progress=progress)
    return True


# ---------------------------------------------------------------- client portals and systems

@dataclass(frozen=True)
class DemoClient:
    client_id: str
    secret: str
    name: str
    agency_code: str
    kind: str
    redirect_uris: tuple[str, ...]
    post_logout_redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...]


# The example provincial portal (examples/provincial_portal) and a records-sync system for
# Hà Nội, with secrets printed in the README: demo data only, never a real deployment.
DEMO_CLIENTS = (
    DemoClient('demo-dvc-hanoi', 'dichvucong-demo-sso-secret', 'Cổng dịch vụ công Hà Nội (ví dụ)', 'UBND-01', 'portal',
               ('http://127.0.0.1:8090/callback',), ('http://127.0.0.1:8090/',),
               ('openid', 'profile', 'id_number', 'phone', 'email')),
    DemoClient('demo-motcua-hanoi', 'dichvucong-demo-sync-secret', 'Hệ thống một cửa điện tử Hà Nội (ví dụ)',
               'UBND-01', 'system', (), (), ('records:write', 'records:read', 'payables:write')),
)


def create_demo_clients(session: Session) -> None:
    from core.security import token_digest
    from models.agencies import ClientApp

    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    for demo in DEMO_CLIENTS:
        session.add(ClientApp(client_id=demo.client_id, name=demo.name, agency_id=agencies[demo.agency_code],
                              kind=demo.kind, redirect_uris=list(demo.redirect_uris),
                              post_logout_redirect_uris=list(demo.post_logout_redirect_uris),
                              scopes=list(demo.scopes), secret_hash=token_digest(demo.secret), integrated_at=now_utc()))


def create_demo_synced_records(session: Session) -> None:
    """A few dossiers the first demo citizen lodged at counters, as agencies' systems synced them."""
    from domain.records import insert_new_records

    citizen = DEMO_ACCOUNTS[0]
    now = now_utc()
    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    samples = (  # agency, record code, procedure, channel, days ago received, due after, status, finished after
        ('UBND-01', '000.00.12.H26-261020-0042', '1.003354', 1, 34, 10, 10, 8),
        ('BCA', 'G01.06-261102-0317', '1.004990', 2, 21, 15, 4, None),
        ('UBND-01', '000.00.12.H26-261115-0108', '1.008433', 1, 8, 5, 2, None),
    )
    for code, record_code, procedure, channel, ago, due, status, finished in samples:
        received = now - timedelta(days=ago)
        done = received + timedelta(days=finished) if finished else None
        insert_new_records(session, agency_id=agencies[code], agency_code=code, rows=[{
            'record_code': record_code, 'procedure_code': procedure, 'applicant_name': citizen.full_name,
            'applicant_id_number': citizen.id_number, 'channel': channel, 'received_at': received,
            'appointment_at': received + timedelta(days=due), 'status': status, 'finished_at': done,
            'returned_at': done, 'handling_unit': None, 'source_updated_at': done or received}])


def create_demo_payables(session: Session) -> None:
    """What the demo citizen and enterprise owe: a fine, a bill, taxes (paid through the sandbox)."""
    from domain.payments import create_payable
    from models.payments import PayableCreate

    citizen, enterprise = DEMO_ACCOUNTS[0], DEMO_ACCOUNTS[2]
    agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
    today = today_local()
    owed = (
        ('BCA', PayableCreate(kind='traffic_fine', reference='2731/QĐ-XPVPHC', payer_id_number=citizen.id_number,
                              payer_name=citizen.full_name, plate='30A-123.45', amount=900_000,
                              description='Phạt vi phạm: không chấp hành hiệu lệnh của đèn tín hiệu giao thông',
                              due_date=today + timedelta(days=10))),
        ('BCT', PayableCreate(kind='electricity_bill', reference='PD01000123456', payer_id_number=citizen.id_number,
                              payer_name=citizen.full_name, period=f'{today:%Y-%m}', amount=1_250_000,
                              description=f'Tiền điện sinh hoạt tháng {today:%m/%Y}, 412 kWh',
                              due_date=today + timedelta(days=5))),
        ('BTC', PayableCreate(kind='tax_personal_income', reference=f'8012345678-{today.year}-Q3',
                              payer_id_number=citizen.id_number, payer_name=citizen.full_name,
                              period=f'{today.year}-Q3', amount=2_340_000,
                              description=f'Thuế thu nhập cá nhân từ cho thuê tài sản quý III/{today.year}')),
        ('BTC', PayableCreate(kind='tax_licence', reference=f'{enterprise.id_number}-{today.year + 1}',
                              payer_id_number=enterprise.id_number, payer_name=enterprise.full_name,
                              period=str(today.year + 1), amount=3_000_000,
                              description=f'Lệ phí môn bài năm {today.year + 1} (vốn điều lệ trên 10 tỷ đồng)',
                              due_date=date(today.year + 1, 1, 30))),
        ('UBND-01', PayableCreate(kind='registration_fee', reference=f'LPTB-01-{today:%y%m}0042',
                                  payer_id_number=citizen.id_number, payer_name=citizen.full_name,
                                  plate='29H1-678.90', amount=4_200_000,
                                  description='Lệ phí trước bạ xe máy Honda SH 160i (5%)')),
    )
    for code, data in owed:
        create_payable(session, agency_id=agencies[code], data=data, created_by='demo', commit=False)


DEMO_FEEDBACK = (  # sender index, topic, category, province, procedure, title, content, answer (None: still open)
    (0, 'procedure', 'complex_procedure', '01', '1.008433', 'Phải nộp bản sao sổ hộ khẩu dù đã có dữ liệu dân cư',
     'Khi xin Phiếu lý lịch tư pháp, bộ phận một cửa vẫn yêu cầu bản sao sổ hộ khẩu, trong khi thông tin cư trú '
     'đã có trên Cơ sở dữ liệu quốc gia về dân cư. Đề nghị bỏ yêu cầu này. Liên hệ 0912345678.',
     'Sở Tư pháp đã chỉ đạo bộ phận một cửa khai thác thông tin cư trú từ Cơ sở dữ liệu quốc gia về dân cư, '
     'không yêu cầu công dân nộp bản sao sổ hộ khẩu từ ngày 01/12/2026.'),
    (1, 'conduct', 'attitude', '01', None, 'Cán bộ hẹn trả kết quả nhiều lần không đúng hẹn',
     'Tôi nộp hồ sơ tại bộ phận một cửa quận, cán bộ hẹn ba lần nhưng đều không trả kết quả và không giải thích lý do.',
     'UBND thành phố đã kiểm tra, nhắc nhở cán bộ liên quan và yêu cầu gửi thư xin lỗi khi trễ hẹn theo quy định.'),
    (0, 'procedure', 'online_service', None, '1.003093', 'Không tải được tệp PDF trên 5 MB khi nộp hồ sơ',
     'Khi nộp hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến, hệ thống báo lỗi với tệp PDF khoảng 6 MB.', None),
)


def create_demo_feedback(session: Session) -> None:
    """Feedback through the real rules: routed, some answered and published (with consent)."""
    from domain.feedback import answer_feedback, submit_feedback
    from models.feedback import FeedbackCreate

    accounts = {a.id_number: a for a in session.execute(select(Account)).scalars()}
    officers = {d.agency_code: accounts[d.id_number] for d in DEMO_ACCOUNTS if d.role == 'officer'}
    agency_codes = dict(session.execute(select(Agency.id, Agency.code)).all())
    from models.catalog import Procedure
    known = set(session.execute(select(Procedure.code)).scalars())
    for sender, topic, category, province, procedure, title, content, answer in DEMO_FEEDBACK:
        if procedure is not None and procedure not in known:  # a catalogue without it (tests load a few)
            continue
        citizen = accounts[DEMO_ACCOUNTS[sender].id_number]
        sent = submit_feedback(session, actor=citizen, data=FeedbackCreate(
            topic=topic, category=category, title=title, content=content, province_code=province,
            procedure_code=procedure, publish_consent=True))
        officer = officers.get(agency_codes[sent.agency_id])
        if answer and officer is not None:
            answer_feedback(session, actor=officer, feedback_id=sent.id, content=answer)


# ---------------------------------------------------------------- dossiers

def _demo_pdf(title: str) -> bytes:
    """A small, valid one-page PDF standing in for a scanned document."""
    text = title.encode('ascii', 'replace')[:60]
    stream = b'BT /F1 14 Tf 72 720 Td (' + text + b') Tj ET'
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
               b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
               b'/Resources << /Font << /F1 5 0 R >> >> >>',
               b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
               b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out, offsets = b'%PDF-1.4\n', []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f'{number} 0 obj\n'.encode() + body + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    out += b''.join(f'{offset:010d} 00000 n \n'.encode() for offset in offsets)
    out += f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return out


def _form_value(field, account: Account, rng: random.Random) -> str:
    sources = {'full_name': account.full_name, 'id_number': account.id_number, 'phone': account.phone or '',
               'email': account.email or 'lienhe@example.vn', 'address': 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội'}
    if field.prefill in sources:
        return sources[field.prefill]
    return {'date': f'{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1960, 2005)}',
            'number': str(rng.randint(1, 20)), 'email': 'lienhe@example.vn', 'phone': '0912345678',
            'select': field.options[0] if field.options else 'Khác',
            'textarea': 'Đề nghị cơ quan xem xét, giải quyết theo quy định.'}.get(field.type, 'Theo hồ sơ kèm theo')


# status reached -> the officer's actions that lead there after acceptance
_PATHS = {
    1: [], 2: ['accept'], 3: ['reject'], 4: ['accept', 'process'], 5: ['accept', 'process', 'request_documents'],
    6: ['accept', 'process', 'request_fee'], 7: ['withdraw'], 8: ['accept', 'process', 'stop'],
    9: ['accept', 'process', 'finish'], 10: ['accept', 'process', 'finish', 'return_result'],
}
_WEIGHTS = {1: 10, 2: 6, 3: 3, 4: 14, 5: 5, 6: 4, 7: 3, 8: 2, 9: 8, 10: 45}


def create_demo_dossiers(session: Session, *, count: int = 300, days: int = 60, seed: int = 2019) -> int:
    """Dossiers in every status for the demo applicants and agencies, submitted over `days` days."""
    from sqlalchemy import update

    from domain import dossiers as rules
    from models.catalog import Procedure, ProcedureDocument, ProcedureField
    from models.dossiers import Attachment, Dossier

    rng = random.Random(seed)
    procedures = session.execute(select(Procedure).where(Procedure.service_level >= 3)
                                 .order_by(Procedure.code)).scalars().all()
    if not procedures:
        return 0
    agencies = {a.code: a for a in session.execute(select(Agency)).scalars()}
    officers = {a.agency_id: a for a in session.execute(select(Account).where(Account.role == 'officer')).scalars()}
    applicants = session.execute(select(Account).where(Account.kind.in_(('citizen', 'enterprise')))
                                 .order_by(Account.id).limit(60)).scalars().all()
    demo_ids = {d.id_number for d in DEMO_ACCOUNTS}
    favoured = [a for a in applicants if a.id_number in demo_ids]
    pdf = _demo_pdf('Ban scan giay to')
    statuses = list(_WEIGHTS)
    weights = [_WEIGHTS[s] for s in statuses]
    now = datetime.now(VN_TZ)
    made = 0
    for index in range(count):
        applicant = favoured[index % len(favoured)] if index % 3 == 0 else rng.choice(applicants)
        candidates = [p for p in procedures if applicant.kind in p.applicants]
        procedure = rng.choice(candidates)
        if procedure.implementing_level == 'central':
            agency = session.get(Agency, procedure.agency_id)
        else:  # most demo dossiers go to the agencies that have demo officers
            agency = agencies[rng.choice(['UBND-01', 'UBND-01', 'UBND-79', 'UBND-48'])]
        officer = officers.get(agency.id)
        target = rng.choices(statuses, weights)[0] if officer else 1
        fields = session.execute(select(ProcedureField).where(ProcedureField.procedure_id == procedure.id)).scalars().all()
        form = {f.name: _form_value(f, applicant, rng) for f in fields}
        submitted = now - timedelta(days=rng.uniform(0.2, days), hours=rng.uniform(0, 8))
        submitted = submitted.replace(hour=max(8, min(submitted.hour, 16)))
        dossier = rules.save_draft(session, actor=applicant, procedure_code=procedure.code, agency_code=agency.code,
                                   form_data=form)
        documents = session.execute(select(ProcedureDocument.name).where(ProcedureDocument.procedure_id ==
                                                                         procedure.id)).scalars().all()
        for name in documents:
            rules.add_attachment(session, actor=applicant, dossier_id=dossier.id, document_name=name, data=pdf,
                                 filename='ban-scan.pdf')
        rules.submit_dossier(session, actor=applicant, dossier_id=dossier.id, at=submitted)
        # the scans were uploaded when the dossier was put together, not when the demo ran
        session.execute(update(Attachment).where(Attachment.dossier_id == dossier.id)
                        .values(uploaded_at=submitted - timedelta(minutes=10)))
        session.execute(update(Dossier).where(Dossier.id == dossier.id)
                        .values(created_at=submitted - timedelta(minutes=15)))
        session.commit()
        at = submitted
        for step in _PATHS[target]:
            at = at + timedelta(hours=rng.uniform(2, 60))
            if at > now:
                break
            _demo_step(session, rules, step, dossier.id, applicant, officer, at, rng)
        made += 1
    return made


def _demo_step(session, rules, step, dossier_id, applicant, officer, at, rng) -> None:
    if step == 'withdraw':
        rules.withdraw_dossier(session, actor=applicant, dossier_id=dossier_id, note='Tôi nộp nhầm thủ tục', at=at)
    elif step == 'accept':
        rules.accept_dossier(session, actor=officer, dossier_id=dossier_id, at=at)
    elif step == 'reject':
        rules.reject_dossier(session, actor=officer, dossier_id=dossier_id,
                             note='Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan', at=at)
    elif step == 'process':
        rules.start_processing(session, actor=officer, dossier_id=dossier_id, at=at)
    elif step == 'request_documents':
        rules.request_documents(session, actor=officer, dossier_id=dossier_id, at=at,
                                note='Đề nghị bổ sung bản sao có chứng thực giấy tờ tùy thân')
    elif step == 'request_fee':
        rules.request_fee(session, actor=officer, dossier_id=dossier_id, amount=rng.choice([50000, 100000, 135000]),
                          at=at)
    elif step == 'stop':
        rules.stop_dossier(session, actor=officer, dossier_id=dossier_id, note='Người nộp đề nghị dừng giải quyết',
                           at=at)
    elif step == 'finish':
        rules.finish_dossier(session, actor=officer, dossier_id=dossier_id, at=at,
                             note='Đã giải quyết, kết quả gửi kèm', result_file=(_demo_pdf('Ket qua'), 'ket-qua.pdf'))
    elif step == 'return_result':
        rules.return_result(session, actor=officer, dossier_id=dossier_id, at=at)
        if rng.random() < 0.7:
            rules.rate_dossier(session, actor=applicant, dossier_id=dossier_id, score=rng.choices(
                [5, 4, 3, 2, 1], [60, 25, 8, 4, 3])[0], comment=rng.choice([None, 'Cán bộ hướng dẫn tận tình', 'Nhanh chóng']))
