"""The launch figures of the national portal (after three months), generated at any scale:
77,200 accounts, 20.9 million visits, 2.9 million handling records from 14 of the 22
ministries and all 63 provinces, single sign-on with 11 ministries and 62 provinces."""
from __future__ import annotations

import random
from itertools import accumulate
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from core.clock import VN_TZ, to_local
from domain.catalog import integrate_procedures
from domain.demo import company_name, person_name
from domain.records import apply_counters, record_counters
from models.accounts import Account, Consent
from models.agencies import Agency, ClientApp
from models.records import HandlingRecord
from models.stats import VisitDay

START, END = date(2019, 12, 9), date(2020, 3, 13)
ACCOUNTS, VISITS, RECORDS, ONLINE_SERVICES = 77_200, 20_900_000, 2_900_000, 161
SYNCING_MINISTRIES = ('BTP', 'BGTVT', 'BTC', 'BCT', 'BYT', 'BKHDT', 'BLDTBXH', 'BTNMT', 'BXD', 'BTTTT', 'BCA',
                      'BNNPTNT', 'BGDDT', 'NHNN')
SSO_MINISTRIES = SYNCING_MINISTRIES[:11]
SSO_MISSING_PROVINCE = '02'  # one province still integrating at the three-month mark
CHUNK = 50_000

Progress = Callable[[str, int, int], None]


def _days() -> list[date]:
    return [START + timedelta(days=i) for i in range((END - START).days + 1)]


def _weight(day: date) -> float:
    weight = 0.4 if day.weekday() >= 5 else 1.0
    if date(2020, 1, 23) <= day <= date(2020, 1, 29):
        weight *= 0.2
    return weight * (1 + (day - START).days / 60)  # growing use


def seed_integrations(session: Session) -> int:
    """Registered portals: single sign-on with 11 ministries and 62 provinces."""
    agencies = {a.code: a for a in session.execute(select(Agency)).scalars()}
    existing = set(session.execute(select(ClientApp.client_id)).scalars())
    added = 0
    codes = list(SSO_MINISTRIES) + [c for c, a in agencies.items()
                                    if a.kind == 'province_committee' and a.province_code != SSO_MISSING_PROVINCE]
    for index, code in enumerate(codes):
        client_id = f'portal-{code.lower()}'
        if client_id in existing:
            continue
        agency = agencies[code]
        slug = code.lower().replace('ubnd-', 'dvc')
        session.add(ClientApp(client_id=client_id, name=f'Cổng dịch vụ công {agency.name}', agency_id=agency.id,
                              kind='portal', redirect_uris=[f'https://{slug}.gov.vn/oidc/callback'],
                              scopes=['openid', 'profile'], integrated_at=datetime.combine(
                                  START + timedelta(days=index % 90), time(9), VN_TZ)))
        added += 1
    # records-sync systems of the 14 ministries and 63 provinces that push handling records;
    # each agency's administrator issues the secret from the admin page
    sync_codes = list(SYNCING_MINISTRIES) + [c for c, a in agencies.items() if a.kind == 'province_committee']
    for code in sync_codes:
        client_id = f'system-{code.lower()}'
        if client_id in existing:
            continue
        agency = agencies[code]
        session.add(ClientApp(client_id=client_id, name=f'Hệ thống một cửa điện tử {agency.name}', agency_id=agency.id,
                              kind='system', scopes=['records:write', 'records:read'],
                              integrated_at=datetime.combine(START, time(9), VN_TZ)))
    session.commit()
    return added


def create_national_demo(session: Session, *, scale: float = 0.01, seed: int = 2019,
                         progress: Progress | None = None) -> dict[str, int]:
    rng = random.Random(seed)
    report = progress or (lambda stage, done, total: None)
    days = _days()
    weights = [_weight(d) for d in days]
    day_cum = list(accumulate(weights))  # cumulative weights: much faster draws at millions of rows
    made = {'integrations': seed_integrations(session),
            'services_online': integrate_procedures(session, target=ONLINE_SERVICES)}

    # accounts (a shared password hash: these stand for people, not logins anyone uses)
    existing = session.execute(select(Account.id_number, Account.phone)).all()
    taken_ids, taken_phones = {r[0] for r in existing}, {r[1] for r in existing}
    password_hash = session.execute(select(Account.password_hash).limit(1)).scalar_one_or_none() or '!'
    target = max(0, int(ACCOUNTS * scale) - sum(1 for _ in taken_ids))
    provinces = [a.province_code for a in session.execute(select(Agency).where(Agency.kind == 'province_committee'))
                 .scalars()]
    counters: Counter = Counter()
    rows, consents = [], []
    for index in range(target):
        enterprise = rng.random() < 0.12
        province = rng.choice(provinces)
        while True:
            id_number = f'0{rng.randint(10**8, 10**9 - 1)}' if enterprise else \
                f'0{province}{rng.randint(0, 3)}{rng.randint(0, 99):02d}{rng.randint(0, 999999):06d}'
            phone = f'0{rng.choice("35789")}{rng.randint(10**7, 10**8 - 1)}'
            if id_number not in taken_ids and phone not in taken_phones:
                taken_ids.add(id_number)
                taken_phones.add(phone)
                break
        day = rng.choices(days, cum_weights=day_cum)[0]
        created = datetime.combine(day, time(rng.randint(6, 22), rng.randint(0, 59)), VN_TZ)
        kind = 'enterprise' if enterprise else 'citizen'
        rows.append({'kind': kind, 'role': kind, 'full_name': company_name(rng) if enterprise else person_name(rng),
                     'id_number': id_number, 'phone': phone, 'password_hash': password_hash, 'province_code': province,
                     'language': 'vi', 'active': True, 'created_at': created})
        counters[('accounts', day, kind, province)] += 1
        if len(rows) == CHUNK or index == target - 1:
            session.execute(insert(Account), rows)
            report('accounts', index + 1, target)
            rows = []
    made['accounts'] = target
    if target:
        new_ids = session.execute(select(Account.id, Account.created_at).where(Account.id.not_in(
            select(Consent.account_id)), Account.kind != 'staff')).all()
        for start in range(0, len(new_ids), CHUNK):
            consents = [{'account_id': i, 'purpose': 'personal_data_processing', 'text_version': '2023-07-01',
                         'given_at': created} for i, created in new_ids[start:start + CHUNK]]
            session.execute(insert(Consent), consents)

    # visits: a rollup row per day and area, as the middleware keeps them
    total_visits = int(VISITS * scale)
    total_weight = sum(weights)
    visit_rows = []
    for day, weight in zip(days, weights):
        share = int(total_visits * weight / total_weight)
        visit_rows += [{'day': day, 'area': 'portal', 'visits': int(share * 0.93)},
                       {'day': day, 'area': 'api', 'visits': share - int(share * 0.93)}]
    visit_rows[-1]['visits'] += total_visits - sum(r['visits'] for r in visit_rows)
    existing_days = set(session.execute(select(VisitDay.day, VisitDay.area)).all())
    session.execute(insert(VisitDay), [r for r in visit_rows if (r['day'], r['area']) not in existing_days])
    made['visits'] = total_visits
    report('visits', total_visits, total_visits)

    # handling records from 14 ministries and every province; Hà Nội keeps 99 % on time
    agencies = {a.code: a for a in session.execute(select(Agency)).scalars()}
    sources = list(SYNCING_MINISTRIES) + [c for c, a in agencies.items() if a.kind == 'province_committee']
    source_weights = [6 if c in ('UBND-01', 'UBND-79') else 3 if c.startswith('UBND') and
                      agencies[c].province_code in ('31', '48', '92', '75', '74') else 1 for c in sources]
    source_cum = list(accumulate(source_weights))
    total_records = int(RECORDS * scale)
    sequence: Counter = Counter()
    for start in range(0, total_records, CHUNK):
        batch: dict[str, list[dict]] = {}
        for _ in range(min(CHUNK, total_records - start)):
            code = rng.choices(sources, cum_weights=source_cum)[0]
            day = rng.choices(days, cum_weights=day_cum)[0]
            received = datetime.combine(day, time(rng.randint(7, 16), rng.randint(0, 59)), VN_TZ)
            days_allowed = rng.choice((1, 3, 5, 7, 10, 15, 20))
            appointment = received + timedelta(days=days_allowed * 1.4)
            finished = returned = None
            status = 4
            if rng.random() < 0.84:
                late_share = 0.01 if code == 'UBND-01' else 0.035
                finished = appointment - timedelta(hours=rng.uniform(1, days_allowed * 20)) \
                    if rng.random() > late_share else appointment + timedelta(days=rng.uniform(0.5, 6))
                status = 9
                if rng.random() < 0.9:
                    returned = finished + timedelta(hours=rng.uniform(1, 48))
                    status = 10
            channel = 2 if rng.random() < 0.22 else (3 if rng.random() < 0.03 else 1)
            sequence[code] += 1
            batch.setdefault(code, []).append({
                'record_code': f'{code}-{to_local(received):%y%m%d}-{sequence[code]:07d}',
                'procedure_code': None, 'applicant_name': None, 'applicant_id_number': None, 'channel': channel,
                'received_at': received, 'appointment_at': appointment, 'status': status, 'finished_at': finished,
                'returned_at': returned, 'handling_unit': agencies[code].name})
        for code, rows in batch.items():
            session.execute(insert(HandlingRecord), [r | {'agency_id': agencies[code].id} for r in rows])
            counters.update(record_counters(code, rows))
        report('records', min(start + CHUNK, total_records), total_records)
    made['records'] = total_records
    apply_counters(session, counters)
    session.commit()
    return made

