"""Open311 GeoReport v2 over citizens' feedback (https://wiki.open311.org/GeoReport_v2).

One service per feedback category; a service request is a feedback. Registered applications
(ClientApp of kind 'open311') post requests with their API key; anyone may read the requests
whose senders agreed to publication, with personal data removed and no sender identity.
Nothing here knows about HTTP: the API layer turns these dictionaries into JSON or XML.
"""
from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from types import SimpleNamespace

from sqlalchemy import select
from sqlmodel import Session

from core.clock import VN_TZ, as_utc, format_date, now_utc, to_local
from core.errors import NotFound, PermissionDenied, ValidationFailed
from core.i18n import t
from core.security import token_digest
from core.text import normalize_spaces
from domain import feedback as fb
from domain.accounts import _validate_email, _validate_full_name, _validate_phone
from domain.audit import record_event
from models.agencies import Agency, ClientApp
from models.feedback import FEEDBACK_CATEGORIES, FEEDBACK_TOPICS, Feedback, FeedbackAnswer, FeedbackCreate
from models.places import AdministrativeUnit

CLIENT_KIND = 'open311'
WRITE_SCOPE = 'feedback:write'
JURISDICTION_ID = 'dichvucong.gov.vn'
CHANGESET = '2025-06-01T00:00:00+07:00'  # when this endpoint's behaviour last changed
SPECIFICATION = 'https://wiki.open311.org/GeoReport_v2'
FORMATS = {'json': 'application/json', 'xml': 'text/xml'}

# Each service (feedback category) belongs to a group (feedback topic), which is also the topic
# a request gets when it does not name one.
SERVICE_GROUPS = {'complex_procedure': 'procedure', 'fees': 'procedure', 'online_service': 'procedure',
                  'delay': 'dossier', 'attitude': 'conduct', 'regulation_content': 'regulation',
                  'other': 'regulation'}
STATUS = {'received': 'open', 'answered': 'closed', 'closed': 'closed'}
OPEN311_STATUSES = ('open', 'closed')
MAX_SPAN = timedelta(days=90)
EARLIEST = datetime(1900, 1, 1, tzinfo=timezone.utc)  # start_date and end_date must fall in 1900-2199
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)
MAX_RESULTS = 1000
MAX_IDS = 100
ATTRIBUTES = ('topic', 'province_code', 'procedure_code', 'dossier_code', 'title', 'publish_consent')
TITLE_FROM_DESCRIPTION = 100

# feedback field -> the Open311 argument it came from
_ARGUMENT = {'topic': 'attribute[topic]', 'category': 'service_code', 'title': 'attribute[title]',
             'content': 'description', 'province_code': 'attribute[province_code]',
             'procedure_code': 'attribute[procedure_code]', 'dossier_code': 'attribute[dossier_code]',
             'channel': 'service_code', 'full_name': 'first_name'}
_TRUE = ('true', '1', 'yes', 'on')
_FALSE = ('false', '0', 'no', 'off', '')


# ---------------------------------------------------------------- services

def discovery(*, base_url: str, lang: str = 'vi') -> dict:
    return {'changeset': CHANGESET, 'contact': t('open311.contact', lang),
            'key_service': t('open311.key_service', lang),
            'endpoints': [{'specification': SPECIFICATION, 'url': base_url, 'changeset': CHANGESET,
                           'type': 'production', 'formats': list(FORMATS.values())}]}


def list_services(*, lang: str = 'vi') -> list[dict]:
    return [{'service_code': code, 'service_name': t(f'open311.service.{code}', lang),
             'description': t(f'open311.service_description.{code}', lang), 'metadata': True, 'type': 'realtime',
             'keywords': t(f'open311.service_keywords.{code}', lang), 'group': SERVICE_GROUPS[code]}
            for code in FEEDBACK_CATEGORIES]


def service_definition(session: Session, *, service_code: str, lang: str = 'vi') -> dict:
    if service_code not in FEEDBACK_CATEGORIES:
        raise NotFound('open311_service_not_found')
    provinces = session.execute(select(AdministrativeUnit.code, AdministrativeUnit.name, AdministrativeUnit.name_en)
                                .where(AdministrativeUnit.valid_to.is_(None))
                                .order_by(AdministrativeUnit.code)).all()

    def attribute(order: int, code: str, datatype: str, values: list[dict] | None = None, required: bool = False,
                  **params) -> dict:
        return {'variable': True, 'code': code, 'datatype': datatype, 'required': required,
                'datatype_description': t(f'open311.attribute_format.{code}', lang, **params), 'order': order,
                'description': t(f'open311.attribute.{code}', lang), 'values': values or []}

    group = SERVICE_GROUPS[service_code]
    return {'service_code': service_code, 'attributes': [
        attribute(1, 'topic', 'singlevaluelist', [{'key': topic, 'name': t(f'open311.topic.{topic}', lang)}
                                                  for topic in FEEDBACK_TOPICS],
                  default=t(f'open311.topic.{group}', lang)),
        attribute(2, 'province_code', 'singlevaluelist',
                  [{'key': code, 'name': name_en if lang == 'en' else name} for code, name, name_en in provinces]),
        attribute(3, 'procedure_code', 'string'),
        attribute(4, 'dossier_code', 'string'),
        attribute(5, 'title', 'string', max=TITLE_FROM_DESCRIPTION),
        attribute(6, 'publish_consent', 'singlevaluelist',
                  [{'key': key, 'name': t(f'open311.consent.{key}', lang)} for key in ('true', 'false')]),
    ]}


def check_jurisdiction(jurisdiction_id: str | None) -> None:
    """Optional everywhere (one jurisdiction); a different one is a mistake worth reporting."""
    if jurisdiction_id and jurisdiction_id.strip().lower() != JURISDICTION_ID:
        raise ValidationFailed('form_invalid', fields={'jurisdiction_id': 'open311_jurisdiction_unknown'})


# ---------------------------------------------------------------- posting

def authenticate_api_key(session: Session, api_key: str | None) -> ClientApp:
    """The active open311 application holding this key (its secret), with the write scope."""
    api_key = (api_key or '').strip()
    if not api_key or len(api_key) > 200:
        raise PermissionDenied('open311_api_key_invalid')
    presented = token_digest(api_key)
    # keys are 256-bit random secrets: looking them up by digest leaks nothing usable
    client = session.execute(select(ClientApp).where(ClientApp.secret_hash == presented,
                                                     ClientApp.kind == CLIENT_KIND)).scalar_one_or_none()
    if client is None or not client.active or not client.secret_hash \
            or not hmac.compare_digest(presented, client.secret_hash) or WRITE_SCOPE not in (client.scopes or []):
        raise PermissionDenied('open311_api_key_invalid')
    return client


def _title_from(description: str) -> str:
    text = normalize_spaces(description)
    if len(text) <= TITLE_FROM_DESCRIPTION:
        return text
    return text[:TITLE_FROM_DESCRIPTION - 1].rsplit(' ', 1)[0] + '…'


def create_request(session: Session, *, client: ClientApp, form: Mapping[str, str], ip: str | None = None,
                   lang: str = 'vi') -> dict:
    """A service request from a registered application becomes feedback, routed like any other.

    The sender is a person without a portal account: the request is never linked to an account
    (an application cannot vouch for who the person is), only their name and contact are kept.
    """
    def arg(name: str) -> str:
        value = form.get(name)
        return value.strip() if isinstance(value, str) else ''

    errors: dict[str, str] = {}
    try:
        check_jurisdiction(arg('jurisdiction_id'))
    except ValidationFailed as error:
        errors.update(error.fields)
    service_code = arg('service_code')
    if not service_code:
        errors['service_code'] = 'required'
    elif service_code not in FEEDBACK_CATEGORIES:
        errors['service_code'] = 'open311_service_not_found'
    attributes = {code: arg(f'attribute[{code}]') for code in ATTRIBUTES}
    consent = attributes['publish_consent'].lower()
    if consent not in _TRUE + _FALSE:
        errors['attribute[publish_consent]'] = 'open311_consent_invalid'
    description = arg('description')

    person: dict[str, str] = {}
    name = _validate_full_name(f"{arg('last_name')} {arg('first_name')}", person)  # Vietnamese order: family first
    phone = _validate_phone(arg('phone'), person, required=False)
    email = _validate_email(arg('email'), person)
    if not phone and not email:
        person['email'] = 'open311_contact_required'
    errors.update({_ARGUMENT.get(field, field): code for field, code in person.items()})

    data = FeedbackCreate(topic=attributes['topic'] or SERVICE_GROUPS.get(service_code, ''), category=service_code,
                          title=attributes['title'] or _title_from(description), content=description,
                          province_code=attributes['province_code'] or None,
                          procedure_code=attributes['procedure_code'] or None,
                          dossier_code=attributes['dossier_code'] or None, publish_consent=consent in _TRUE)
    checked = None
    try:
        checked = fb._validated(session, data, taken_by_agent=False)
    except ValidationFailed as error:
        for field, code in error.fields.items():
            if field == 'title' and not attributes['title']:
                continue  # the title comes from the description, whose own error says it all
            errors.setdefault(_ARGUMENT.get(field, field), code)
    if errors or checked is None:
        raise ValidationFailed('form_invalid', fields=errors or {'description': 'feedback_content_invalid'})

    record_event(session, action='open311.request_received', entity='client_app', entity_id=client.client_id, ip=ip,
                 detail={'service_code': service_code})
    # no portal account acts here: the application's request is the actor (no actor id)
    feedback = fb._create(session, data=data, checked=checked, sender=None, sender_name=name, sender_phone=phone,
                          sender_email=email, actor=SimpleNamespace(id=None), ip=ip)
    agency_name = session.execute(select(Agency.name).where(Agency.id == feedback.agency_id)).scalar_one()
    return {'service_request_id': feedback.code,
            'service_notice': t('open311.service_notice', lang, agency=agency_name,
                                due=format_date(feedback.due_date)),
            'account_id': None}


# ---------------------------------------------------------------- reading

def _iso(value: datetime | None) -> str | None:
    return to_local(value).isoformat(timespec='seconds') if value is not None else None


def _due(value: date) -> str:
    """The answer is due by the end of that day, Vietnam time."""
    return datetime.combine(value, time(23, 59, 59), tzinfo=VN_TZ).isoformat(timespec='seconds')


def parse_datetime(raw: str, field: str) -> datetime:
    """ISO 8601 (a date, or a date and time with or without a zone; no zone means Vietnam time)."""
    text = raw.strip()
    # an unencoded '+' in a query string arrives as a space
    text = re.sub(r' (\d{2}(?::?\d{2})?)$', r'+\1', text)
    try:
        value = datetime.fromisoformat(text)
        value = as_utc(value.replace(tzinfo=VN_TZ) if value.tzinfo is None else value)
    except (ValueError, OverflowError):  # OverflowError: a zone that moves it past year 1 or 9999
        raise ValidationFailed('form_invalid', fields={field: 'open311_date_invalid'}) from None
    if not EARLIEST <= value < LATEST:  # the span arithmetic (± MAX_SPAN) needs room on both sides
        raise ValidationFailed('form_invalid', fields={field: 'open311_date_invalid'})
    return value


def _split(raw: str | None) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in (raw or '').split(',') if part.strip()))


def _scrub(text: str, feedback: Feedback) -> str:
    """Personal data out (e-mail, phones, ID numbers), and the sender's own name."""
    text = fb.scrub(text)
    name = normalize_spaces(feedback.sender_name or '')
    if len(name) >= 2:
        text = re.sub(r'\s+'.join(map(re.escape, name.split())), t('open311.sender_placeholder'), text,
                      flags=re.IGNORECASE)
    return text


def _requests(session: Session, query, lang: str) -> list[dict]:
    rows = session.execute(query.limit(MAX_RESULTS)).all()
    ids = [feedback.id for feedback, _ in rows if feedback.published]
    answers: dict[int, str] = {}
    if ids:
        for feedback_id, content in session.execute(
                select(FeedbackAnswer.feedback_id, FeedbackAnswer.content)
                .where(FeedbackAnswer.feedback_id.in_(ids)).order_by(FeedbackAnswer.id)).all():
            answers[feedback_id] = content  # the latest answer wins
    provinces = dict(session.execute(select(AdministrativeUnit.code, AdministrativeUnit.name_en if lang == 'en'
                                            else AdministrativeUnit.name)).all())
    return [{'service_request_id': feedback.code, 'status': STATUS.get(feedback.status, 'open'),
             'status_notes': _scrub(answers[feedback.id], feedback) if feedback.id in answers else None,
             'service_name': t(f'open311.service.{feedback.category}', lang), 'service_code': feedback.category,
             'description': _scrub(feedback.content, feedback), 'agency_responsible': agency_name,
             'service_notice': None,
             'requested_datetime': _iso(feedback.created_at), 'updated_datetime': _iso(feedback.updated_at),
             'expected_datetime': _due(feedback.due_date),
             'address': provinces.get(feedback.province_code) if feedback.province_code else None,
             'address_id': None, 'zipcode': None, 'lat': None, 'long': None, 'media_url': None}
            for feedback, agency_name in rows]


def _published_query():
    """Only what the sender agreed to publish, ever."""
    return select(Feedback, Agency.name).join(Agency, Agency.id == Feedback.agency_id) \
        .where(Feedback.publish_consent.is_(True))


def list_requests(session: Session, *, service_request_id: str | None = None, service_code: str | None = None,
                  start_date: str | None = None, end_date: str | None = None, status: str | None = None,
                  jurisdiction_id: str | None = None, lang: str = 'vi', now: datetime | None = None) -> list[dict]:
    """Requests by id (which overrides every other argument, as the specification says), or by
    service, status and a span of at most 90 days (the last 90 days by default); newest first."""
    check_jurisdiction(jurisdiction_id)
    query = _published_query().order_by(Feedback.created_at.desc(), Feedback.id.desc())
    codes = _split(service_request_id)
    if codes:
        if len(codes) > MAX_IDS:
            raise ValidationFailed('form_invalid', fields={'service_request_id': 'open311_too_many_ids'},
                                   max=MAX_IDS)
        return _requests(session, query.where(Feedback.code.in_([c.upper() for c in codes])), lang)

    errors: dict[str, str] = {}
    services = _split(service_code)
    if any(code not in FEEDBACK_CATEGORIES for code in services):
        errors['service_code'] = 'open311_service_not_found'
    statuses = [s.lower() for s in _split(status)]
    if any(s not in OPEN311_STATUSES for s in statuses):
        errors['status'] = 'open311_status_invalid'
    start = end = None
    for field, raw in (('start_date', start_date), ('end_date', end_date)):
        if raw and raw.strip():
            try:
                value = parse_datetime(raw, field)
            except ValidationFailed as error:
                errors.update(error.fields)
                continue
            if field == 'start_date':
                start = value
            else:
                end = value
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)
    if start is None and end is None:
        end = now or now_utc()
    if start is None:
        start = end - MAX_SPAN
    if end is None:
        end = start + MAX_SPAN
    if end < start:
        raise ValidationFailed('form_invalid', fields={'end_date': 'open311_date_order'})
    if end - start > MAX_SPAN:
        raise ValidationFailed('form_invalid', fields={'end_date': 'open311_date_span'}, days=MAX_SPAN.days)

    query = query.where(Feedback.created_at >= start, Feedback.created_at <= end)
    if services:
        query = query.where(Feedback.category.in_(services))
    if statuses and set(statuses) != set(OPEN311_STATUSES):
        wanted = [ours for ours, theirs in STATUS.items() if theirs in statuses]
        query = query.where(Feedback.status.in_(wanted))
    return _requests(session, query, lang)


def get_request(session: Session, *, service_request_id: str, jurisdiction_id: str | None = None,
                lang: str = 'vi') -> dict:
    check_jurisdiction(jurisdiction_id)
    found = _requests(session, _published_query().where(Feedback.code == service_request_id.strip().upper()), lang)
    if not found:  # unknown and not published look the same
        raise NotFound('open311_request_not_found')
    return found[0]
