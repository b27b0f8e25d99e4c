"""Open311 GeoReport v2 over citizens' feedback: discovery, services and their definitions in JSON
and XML; registered applications post requests with their API key and the feedback reaches the
right agency; anyone reads the requests whose senders agreed to publication, without personal data."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from nicegui.testing import User
from sqlalchemy import select

from core.clock import now_utc, to_local
from core.db import session_scope
from domain import feedback as fb
from domain.demo import DEMO_ACCOUNTS, DEMO_CLIENTS
from models.accounts import Account
from models.agencies import Agency, ClientAppCreate
from models.feedback import FEEDBACK_CATEGORIES, FEEDBACK_TOPICS, Feedback, FeedbackCreate

BASE = '/open311/v2'
ADMIN_ID = next(a.id_number for a in DEMO_ACCOUNTS if a.role == 'admin')
OFFICER_01 = next(a.id_number for a in DEMO_ACCOUNTS if a.role == 'officer' and a.agency_code == 'UBND-01')
CITIZEN = DEMO_ACCOUNTS[0]
SYSTEM = next(c for c in DEMO_CLIENTS if c.kind == 'system')
DESCRIPTION = 'Cán bộ tiếp nhận hồ sơ tại bộ phận một cửa yêu cầu nộp thêm giấy tờ không có trong quy định.'


def account(id_number: str) -> Account:
    with session_scope() as session:
        return session.execute(select(Account).where(Account.id_number == id_number)).scalar_one()


def register_open311(agency_code: str = 'UBND-01', kind: str = 'open311',
                     scopes: tuple[str, ...] = ('feedback:write',)) -> tuple[str, str]:
    from domain.clients import register_client

    with session_scope() as session:
        client, secret = register_client(session, actor=account(ADMIN_ID), data=ClientAppCreate(
            name='Ứng dụng phản ánh thử nghiệm', agency_code=agency_code, kind=kind, scopes=list(scopes)))
        return client.client_id, secret


def request_form(api_key: str | None, **overrides) -> dict:
    form = {'service_code': 'attitude', 'description': DESCRIPTION, 'first_name': 'Văn Bình', 'last_name': 'Trần',
            'email': 'binh.tran@example.vn', 'phone': '0912 000 222', 'attribute[topic]': 'conduct',
            'attribute[province_code]': '01', 'attribute[title]': 'Yêu cầu giấy tờ ngoài quy định',
            'attribute[publish_consent]': 'true'}
    if api_key is not None:
        form['api_key'] = api_key
    form.update(overrides)
    return {k: v for k, v in form.items() if v is not None}


async def post(user: User, form: dict, fmt: str = 'json', lang: str | None = None):
    headers = {'Accept-Language': lang} if lang else {}
    return await user.http_client.post(f'{BASE}/requests.{fmt}', data=form, headers=headers)


async def create(user: User, key: str, **overrides) -> str:
    response = await post(user, request_form(key, **overrides))
    assert response.status_code == 200, response.text
    return response.json()[0]['service_request_id']


async def get(user: User, path: str, params: dict | None = None, lang: str | None = None):
    headers = {'Accept-Language': lang} if lang else {}
    return await user.http_client.get(f'{BASE}/{path}', params=params, headers=headers)


async def listed(user: User, **params) -> list[dict]:
    response = await get(user, 'requests.json', params)
    assert response.status_code == 200, response.text
    return response.json()


def xml(response) -> ET.Element:
    assert response.headers['content-type'].startswith('text/xml')
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(response.content)


def xml_errors(response) -> list[tuple[str, str]]:
    root = xml(response)
    assert root.tag == 'errors' and all(child.tag == 'error' for child in root)
    return [(error.findtext('code'), error.findtext('description')) for error in root]


def stored(code: str) -> tuple[Feedback, str]:
    with session_scope() as session:
        feedback = session.execute(select(Feedback).where(Feedback.code == code)).scalar_one()
        return feedback, session.get(Agency, feedback.agency_id).code


def answer(code: str, content: str) -> None:
    with session_scope() as session:
        feedback_id = session.execute(select(Feedback.id).where(Feedback.code == code)).scalar_one()
        fb.answer_feedback(session, actor=account(OFFICER_01), feedback_id=feedback_id, content=content)


def feedback_count() -> int:
    with session_scope() as session:
        return len(session.execute(select(Feedback.id)).all())


# ---------------------------------------------------------------- discovery and services

async def test_discovery_in_json_and_xml(user: User):
    response = await get(user, 'discovery.json')
    assert response.status_code == 200 and response.headers['content-type'].startswith('application/json')
    body = response.json()
    endpoint = body['endpoints'][0]
    assert endpoint['url'].endswith('/open311/v2') and endpoint['type'] == 'production'
    assert endpoint['specification'] == 'https://wiki.open311.org/GeoReport_v2'
    assert set(endpoint['formats']) == {'text/xml', 'application/json'}
    assert '1800 1096' in body['contact'] and body['key_service']

    root = xml(await get(user, 'discovery.xml'))
    assert root.tag == 'discovery' and root.findtext('changeset') == body['changeset']
    endpoints = root.findall('endpoints/endpoint')
    assert len(endpoints) == 1 and endpoints[0].findtext('url') == endpoint['url']
    assert [f.text for f in endpoints[0].findall('formats/format')] == endpoint['formats']


async def test_services_are_the_feedback_categories_in_json_and_xml(user: User):
    response = await get(user, 'services.json')
    assert response.status_code == 200
    services = response.json()
    assert [s['service_code'] for s in services] == list(FEEDBACK_CATEGORIES)
    fees = next(s for s in services if s['service_code'] == 'fees')
    assert fees['service_name'] == 'Phí, lệ phí' and fees['description'] and 'lệ phí' in fees['keywords']
    assert all(s['metadata'] is True and s['type'] == 'realtime' and s['group'] in FEEDBACK_TOPICS for s in services)
    assert next(s for s in services if s['service_code'] == 'attitude')['group'] == 'conduct'

    english = (await get(user, 'services.json', lang='en')).json()
    assert next(s for s in english if s['service_code'] == 'fees')['service_name'] == 'Fees and charges'

    root = xml(await get(user, 'services.xml'))
    assert root.tag == 'services' and [child.tag for child in root] == ['service'] * len(FEEDBACK_CATEGORIES)
    first = root.find('service')
    assert first.findtext('service_code') == services[0]['service_code']
    assert first.findtext('service_name') == services[0]['service_name']
    assert first.findtext('metadata') == 'true' and first.findtext('type') == 'realtime'
    assert first.findtext('group') == services[0]['group']


async def test_a_service_definition_lists_its_attributes(user: User):
    response = await get(user, 'services/attitude.json')
    assert response.status_code == 200
    body = response.json()
    assert body['service_code'] == 'attitude'
    attributes = body['attributes']
    assert [a['code'] for a in attributes] == ['topic', 'province_code', 'procedure_code', 'dossier_code', 'title',
                                               'publish_consent']
    assert [a['order'] for a in attributes] == [1, 2, 3, 4, 5, 6]
    topic = attributes[0]
    assert topic['datatype'] == 'singlevaluelist' and topic['variable'] is True and topic['required'] is False
    assert [v['key'] for v in topic['values']] == list(FEEDBACK_TOPICS)
    assert topic['description'] == 'Phản ánh về'
    provinces = {v['key']: v['name'] for v in attributes[1]['values']}
    assert len(provinces) == 63 and provinces['01'] == 'Thành phố Hà Nội'
    assert {v['key'] for v in attributes[5]['values']} == {'true', 'false'}

    root = xml(await get(user, 'services/attitude.xml'))
    assert root.tag == 'service_definition' and root.findtext('service_code') == 'attitude'
    xml_attributes = root.findall('attributes/attribute')
    assert [a.findtext('code') for a in xml_attributes] == [a['code'] for a in attributes]
    assert xml_attributes[0].findtext('variable') == 'true' and xml_attributes[0].findtext('required') == 'false'
    assert [v.findtext('key') for v in xml_attributes[0].findall('values/value')] == list(FEEDBACK_TOPICS)


async def test_an_unknown_service_or_format_is_not_found(user: User):
    response = await get(user, 'services/no_such_service.json')
    assert response.status_code == 404
    assert response.json() == [{'code': 404, 'description': 'Không có dịch vụ (service_code) này.',
                                'error': 'open311_service_not_found'}]
    response = await get(user, 'services/no_such_service.xml')
    assert response.status_code == 404 and xml_errors(response) == [('404', 'Không có dịch vụ (service_code) này.')]
    for path in ('discovery.yaml', 'services.csv', 'services/fees.html', 'requests.txt', 'requests/PAKN-1.pdf'):
        response = await get(user, path)
        assert response.status_code == 404, path
        assert response.json()[0]['error'] == 'open311_format_unknown'
    _, key = register_open311()
    response = await post(user, request_form(key), fmt='yaml')
    assert response.status_code == 404 and response.json()[0]['error'] == 'open311_format_unknown'


# ---------------------------------------------------------------- posting requests

async def test_a_registered_application_posts_a_request_routed_to_the_right_agency(user: User):
    _, key = register_open311()
    response = await post(user, request_form(key))
    assert response.status_code == 200, response.text
    [created] = response.json()
    assert created['account_id'] is None and created['service_request_id'].startswith('PAKN-')
    feedback, agency = stored(created['service_request_id'])
    assert agency == 'UBND-01'  # conduct in province 01 goes to Hà Nội's People's Committee
    assert stored_agency_name(created['service_request_id']) in created['service_notice']
    assert feedback.due_date.strftime('%d/%m/%Y') in created['service_notice']
    assert feedback.channel == 'web' and feedback.sender_id is None and feedback.status == 'received'
    assert (feedback.topic, feedback.category, feedback.province_code) == ('conduct', 'attitude', '01')
    assert feedback.sender_name == 'Trần Văn Bình' and feedback.sender_phone == '0912000222'
    assert feedback.sender_email == 'binh.tran@example.vn' and feedback.publish_consent is True
    assert feedback.title == 'Yêu cầu giấy tờ ngoài quy định' and feedback.content == DESCRIPTION


async def test_routing_by_procedure_and_defaults_from_the_service(user: User):
    _, key = register_open311('UBND-79')
    # a procedure implemented by provinces goes to the province named
    code = await create(user, key, service_code='complex_procedure', **{
        'attribute[topic]': 'procedure', 'attribute[procedure_code]': '1.003354', 'attribute[province_code]': '79'})
    feedback, agency = stored(code)
    assert agency == 'UBND-79' and feedback.procedure_id is not None
    # without a topic or a title: the service's group is the topic, the title comes from the description
    code = await create(user, key, service_code='regulation_content', description='Quy định ' + DESCRIPTION * 2,
                        **{'attribute[topic]': None, 'attribute[title]': None, 'attribute[province_code]': None,
                           'attribute[publish_consent]': None, 'phone': None})
    feedback, agency = stored(code)
    assert (feedback.topic, agency, feedback.publish_consent) == ('regulation', 'VPCP', False)
    assert feedback.title.startswith('Quy định Cán bộ') and feedback.title.endswith('…') and len(feedback.title) <= 100


async def test_posting_in_xml_answers_in_xml(user: User):
    _, key = register_open311()
    response = await post(user, request_form(key), fmt='xml')
    assert response.status_code == 200, response.text
    root = xml(response)
    assert root.tag == 'service_requests' and [child.tag for child in root] == ['request']
    code = root.findtext('request/service_request_id')
    assert code.startswith('PAKN-') and root.findtext('request/service_notice')
    assert root.find('request/account_id') is not None and not root.findtext('request/account_id')
    assert stored(code)[1] == 'UBND-01'


@pytest.mark.parametrize('fmt', ['json', 'xml'])
async def test_posting_without_a_valid_api_key_is_forbidden(user: User, fmt):
    from domain.clients import set_client_active

    client_id, key = register_open311()
    _, system_secret = register_open311(kind='system', scopes=('records:read',))
    with session_scope() as session:
        disabled_id, disabled_key = register_open311()
        set_client_active(session, actor=account(ADMIN_ID), client_id=disabled_id, active=False)
    before = feedback_count()
    for api_key in (None, '', 'not-a-key', key[:-1], key + 'x', SYSTEM.secret, system_secret, disabled_key, client_id):
        response = await post(user, request_form(api_key), fmt=fmt)
        assert response.status_code == 403, (api_key, response.text)
        if fmt == 'json':
            assert response.json() == [{'code': 403, 'error': 'open311_api_key_invalid', 'description':
                                        'Khóa API (api_key) không hợp lệ hoặc đã bị thu hồi; không thể tạo yêu cầu.'}]
        else:
            [(code, description)] = xml_errors(response)
            assert code == '403' and description.startswith('Khóa API (api_key) không hợp lệ')
    english = await post(user, request_form('wrong'), lang='en')
    assert english.json()[0]['description'].startswith('Invalid or revoked api_key')
    assert feedback_count() == before
    assert (await post(user, request_form(key), fmt=fmt)).status_code == 200  # the right key still works


async def test_invalid_fields_are_reported_one_by_one(user: User):
    _, key = register_open311()
    before = feedback_count()
    response = await post(user, request_form(key, service_code='potholes', description='Quá ngắn',
                                             email='không-phải-thư', phone='12345',
                                             **{'attribute[province_code]': '99',
                                                'attribute[publish_consent]': 'maybe'}))
    assert response.status_code == 400
    errors = {e['field']: e for e in response.json()}
    assert {field: e['error'] for field, e in errors.items()} == {
        'service_code': 'open311_service_not_found', 'description': 'feedback_content_invalid',
        'email': 'email_invalid', 'phone': 'phone_invalid', 'attribute[province_code]': 'province_not_found',
        'attribute[publish_consent]': 'open311_consent_invalid'}
    assert all(e['code'] == 400 for e in errors.values())
    assert errors['description']['description'] == 'description: Nội dung phản ánh từ 20 đến 5.000 ký tự.'

    response = await post(user, request_form(key, service_code='complex_procedure', email=None, phone=None,
                                             first_name=None, last_name=None, **{'attribute[topic]': 'procedure'}))
    assert response.status_code == 400
    assert {e['field']: e['error'] for e in response.json()} == {
        'attribute[procedure_code]': 'required', 'email': 'open311_contact_required', 'first_name': 'full_name_invalid'}

    response = await post(user, request_form(key, **{'attribute[topic]': 'weather'}), fmt='xml', lang='en')
    assert response.status_code == 400
    assert xml_errors(response) == [('400', 'attribute[topic]: Please choose what the feedback is about.')]
    response = await post(user, request_form(key, service_code=None, jurisdiction_id='sf.gov'))
    assert {e['field']: e['error'] for e in response.json()} == {
        'jurisdiction_id': 'open311_jurisdiction_unknown', 'service_code': 'required'}
    assert feedback_count() == before
    assert (await post(user, request_form(key, jurisdiction_id='dichvucong.gov.vn'))).status_code == 200


async def test_bodies_that_are_not_a_plain_form_are_refused_in_the_open311_shape(user: User):
    _, key = register_open311()
    before = feedback_count()
    with_file = await user.http_client.post(f'{BASE}/requests.json', data=request_form(key),
                                            files={'media': ('anh.jpg', b'\xff\xd8\xff', 'image/jpeg')})
    assert with_file.status_code == 400 and with_file.json()[0]['error'] == 'bad_request'
    as_json = await user.http_client.post(f'{BASE}/requests.xml', json=request_form(key))
    assert as_json.status_code == 403 and xml_errors(as_json)[0][0] == '403'  # the key is read from the form only
    huge = await user.http_client.post(f'{BASE}/requests.json', data=request_form(key, description='x' * 400_000))
    assert huge.status_code == 413 and huge.json()[0]['error'] == 'payload_too_large'
    assert feedback_count() == before


async def test_text_that_xml_cannot_carry_is_left_out_of_xml(user: User):
    _, key = register_open311()
    code = await create(user, key, description='Ký tự điều khiển \x01\x0b <script>&amp; ' + DESCRIPTION)
    root = xml(await get(user, f'requests/{code}.xml'))
    assert root.findtext('request/description').startswith('Ký tự điều khiển  <script>&amp; ')


# ---------------------------------------------------------------- reading requests

async def test_requests_are_filtered_by_status_service_dates_and_ids(user: User):
    _, key = register_open311()
    conduct = await create(user, key)
    fees = await create(user, key, service_code='fees', **{'attribute[topic]': 'regulation'})
    other = await create(user, key, service_code='other', **{'attribute[topic]': 'regulation'})
    answer(conduct, 'Ủy ban đã kiểm tra và nhắc nhở cán bộ tiếp nhận, không yêu cầu thêm giấy tờ ngoài quy định.')
    mine = {conduct, fees, other}

    everything = {r['service_request_id']: r for r in await listed(user)}
    assert mine <= set(everything)
    closed = everything[conduct]
    assert closed['status'] == 'closed' and closed['status_notes'].startswith('Ủy ban đã kiểm tra')
    assert closed['service_code'] == 'attitude' and closed['service_name'] == 'Thái độ, hành vi của cán bộ, công chức'
    assert closed['agency_responsible'] == stored_agency_name(conduct) and closed['address'] == 'Thành phố Hà Nội'
    assert closed['requested_datetime'].endswith('+07:00') and closed['updated_datetime'].endswith('+07:00')
    feedback, _ = stored(fees)
    assert everything[fees]['expected_datetime'] == f'{feedback.due_date.isoformat()}T23:59:59+07:00'
    assert everything[fees]['status'] == 'open' and everything[fees]['status_notes'] is None

    assert {r['service_request_id'] for r in await listed(user, status='closed')} & mine == {conduct}
    assert {r['service_request_id'] for r in await listed(user, status='open')} & mine == {fees, other}
    assert {r['service_request_id'] for r in await listed(user, status='open,closed')} & mine == mine
    assert {r['service_request_id'] for r in await listed(user, service_code='fees,other')} & mine == {fees, other}

    now = to_local(now_utc())
    around = {'start_date': (now - timedelta(days=1)).isoformat(), 'end_date': (now + timedelta(days=1)).isoformat()}
    assert {r['service_request_id'] for r in await listed(user, **around)} & mine == mine
    later = {'start_date': (now + timedelta(hours=1)).isoformat(timespec='seconds')}
    assert {r['service_request_id'] for r in await listed(user, **later)} & mine == set()
    assert {r['service_request_id'] for r in await listed(user, end_date='2020-01-31')} & mine == set()
    utc = {'start_date': (now_utc() - timedelta(minutes=30)).strftime('%Y-%m-%dT%H:%M:%SZ')}
    assert {r['service_request_id'] for r in await listed(user, **utc)} & mine == mine

    by_id = await listed(user, service_request_id=f'{fees}, {other.lower()}', status='closed')  # ids win
    assert {r['service_request_id'] for r in by_id} == {fees, other}
    single = await get(user, f'requests/{conduct}.json')
    assert single.status_code == 200 and single.json() == [everything[conduct]]

    root = xml(await get(user, 'requests.xml', {'service_request_id': conduct}))
    assert root.tag == 'service_requests' and [child.tag for child in root] == ['request']
    request = root.find('request')
    assert request.findtext('service_request_id') == conduct and request.findtext('status') == 'closed'
    assert request.findtext('status_notes') == closed['status_notes'] and request.find('lat') is not None


async def test_bad_filters_are_refused(user: User):
    span = await get(user, 'requests.json', {'start_date': '2025-01-01T00:00:00+07:00',
                                            'end_date': '2025-06-01T00:00:00+07:00'})
    assert span.status_code == 400
    assert span.json() == [{'code': 400, 'field': 'end_date', 'error': 'open311_date_span',
                            'description': 'end_date: Khoảng thời gian tra cứu tối đa 90 ngày.'}]
    bad = await get(user, 'requests.json', {'start_date': 'hôm qua', 'status': 'pending', 'service_code': 'x'})
    assert bad.status_code == 400
    assert {e['field']: e['error'] for e in bad.json()} == {
        'start_date': 'open311_date_invalid', 'status': 'open311_status_invalid',
        'service_code': 'open311_service_not_found'}
    reversed_ = await get(user, 'requests.xml', {'start_date': '2025-02-01', 'end_date': '2025-01-01'})
    assert reversed_.status_code == 400 and xml_errors(reversed_)[0][0] == '400'


async def test_feedback_without_consent_is_never_listed(user: User):
    _, key = register_open311()
    private_code = await create(user, key, **{'attribute[publish_consent]': 'false'})
    with session_scope() as session:
        citizen = session.execute(select(Account).where(Account.id_number == CITIZEN.id_number)).scalar_one()
        private_portal = fb.submit_feedback(session, actor=citizen, data=FeedbackCreate(
            topic='conduct', category='attitude', title='Phản ánh không công khai', content=DESCRIPTION,
            province_code='01', publish_consent=False)).code
    answer(private_code, 'Ủy ban đã tiếp nhận và xử lý phản ánh của ông theo đúng quy định hiện hành.')
    public_code = await create(user, key)

    codes = {r['service_request_id'] for r in await listed(user)}
    assert public_code in codes and private_code not in codes and private_portal not in codes
    for status in ('open', 'closed'):
        assert private_code not in {r['service_request_id'] for r in await listed(user, status=status)}
    by_id = await listed(user, service_request_id=f'{private_code},{private_portal},{public_code}')
    assert [r['service_request_id'] for r in by_id] == [public_code]
    for code in (private_code, private_portal):
        for fmt in ('json', 'xml'):
            assert (await get(user, f'requests/{code}.{fmt}')).status_code == 404


async def test_published_requests_carry_no_personal_data(user: User):
    _, key = register_open311()
    description = ('Tôi là Trần Văn Bình, CCCD 001090012345, điện thoại 0912 000 222, thư binh.tran@example.vn; '
                   'cán bộ yêu cầu nộp thêm giấy tờ không có trong quy định.')
    code = await create(user, key, description=description)
    answer(code, 'Đã liên hệ ông qua số 0912000222 và binh.tran@example.vn; cán bộ đã được nhắc nhở.')
    response = await get(user, f'requests/{code}.json')
    text = response.text
    for personal in ('001090012345', '0912 000 222', '0912000222', 'binh.tran@example.vn', 'Trần Văn Bình', 'Văn Bình'):
        assert personal not in text, personal
    [row] = response.json()
    assert '[số định danh]' in row['description'] and '[số điện thoại]' in row['description']
    assert '[thư điện tử]' in row['description'] and '[thư điện tử]' in row['status_notes']
    assert not any(field in row for field in ('first_name', 'last_name', 'email', 'phone', 'account_id'))
    assert b'Tr\xe1\xba\xa7n V\xc4\x83n B\xc3\xacnh' not in (await get(user, f'requests/{code}.xml')).content


async def test_an_unknown_request_is_not_found(user: User):
    response = await get(user, 'requests/PAKN-000000-9999.json')
    assert response.status_code == 404
    assert response.json()[0] | {'description': ''} == {'code': 404, 'error': 'open311_request_not_found',
                                                         'description': ''}
    response = await get(user, 'requests/PAKN-000000-9999.xml', lang='en')
    assert response.status_code == 404
    assert xml_errors(response) == [('404', 'No such request, or it is not public.')]
    assert await listed(user, service_request_id='PAKN-000000-9999') == []


async def test_the_open311_endpoints_are_declared_with_their_access_rule(user: User):
    from api import API_RULES

    assert API_RULES[f'POST {BASE}/requests.{{format}}'].startswith('api key')
    for path in ('discovery.{format}', 'services.{format}', 'services/{service_code}.{format}', 'requests.{format}',
                 'requests/{service_request_id}.{format}'):
        assert API_RULES[f'GET {BASE}/{path}'] == 'public', path


def stored_agency_name(code: str) -> str:
    with session_scope() as session:
        return session.execute(select(Agency.name).join(Feedback, Feedback.agency_id == Agency.id)
                               .where(Feedback.code == code)).scalar_one()
