"""Citizens' feedback (phản ánh, kiến nghị): routed to the responsible agency, answered within
ten working days, rated, and published without personal data when the sender agreed.

One write path per change (`_move`): it checks the version, writes the history row, the audit
row, the sender's notification and the rollups, and commits once.
"""
from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select, update
from sqlmodel import Session

from core import events
from core.clock import now_utc, today_local
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.text import fold, normalize_spaces
from domain.accounts import normalize_phone
from domain.audit import record_event
from domain.calendar import add_working_days, working_days_between
from domain.notifications import notify
from domain.permissions import require_area
from domain.sequences import next_value
from domain.stats import bump_counter
from models.accounts import Account
from models.agencies import Agency
from models.catalog import Procedure
from models.dossiers import Dossier
from models.feedback import (FEEDBACK_CATEGORIES, FEEDBACK_CHANNELS, FEEDBACK_TOPICS, Feedback, FeedbackAnswer,
                             FeedbackAttachment, FeedbackCreate, FeedbackEvent)
from models.places import AdministrativeUnit

ANSWER_WORKING_DAYS = 10  # Decree 20/2008 and its successors: answer within ten working days
DUE_SOON_DAYS = 2
GOVERNMENT_OFFICE = 'VPCP'  # receives what no rule sends elsewhere, and feedback on regulations
MAX_CONTENT = 5000
MAX_ATTACHMENTS = 5


# ---------------------------------------------------------------- routing

def route(session: Session, *, topic: str, province_code: str | None, procedure: Procedure | None,
          dossier: Dossier | None) -> Agency:
    """The agency responsible: a dossier's own agency; for a procedure, the province's People's
    Committee where the province implements it, else the managing ministry; conduct in a
    province goes to that province; the rest to the Government Office."""
    def by_code(code: str) -> Agency | None:
        return session.execute(select(Agency).where(Agency.code == code)).scalar_one_or_none()

    if dossier is not None:
        return session.get(Agency, dossier.agency_id)
    if procedure is not None:
        if procedure.implementing_level != 'central' and province_code:
            agency = by_code(f'UBND-{province_code}')
            if agency is not None:
                return agency
        return session.get(Agency, procedure.agency_id)
    if topic == 'conduct' and province_code:
        agency = by_code(f'UBND-{province_code}')
        if agency is not None:
            return agency
    return by_code(GOVERNMENT_OFFICE)


# ---------------------------------------------------------------- submitting

def _validated(session: Session, data: FeedbackCreate, *, taken_by_agent: bool) -> dict:
    errors: dict[str, str] = {}
    if data.topic not in FEEDBACK_TOPICS:
        errors['topic'] = 'feedback_topic_invalid'
    if data.category not in FEEDBACK_CATEGORIES:
        errors['category'] = 'feedback_category_invalid'
    title = normalize_spaces(data.title or '')
    if not 5 <= len(title) <= 200:
        errors['title'] = 'feedback_title_invalid'
    content = (data.content or '').strip()
    if not 20 <= len(content) <= MAX_CONTENT:
        errors['content'] = 'feedback_content_invalid'
    province = None
    if data.province_code:
        province = session.execute(select(AdministrativeUnit).where(
            AdministrativeUnit.code == data.province_code)).scalar_one_or_none()
        if province is None:
            errors['province_code'] = 'province_not_found'
    procedure = dossier = None
    if data.procedure_code:
        procedure = session.execute(select(Procedure).where(Procedure.code == data.procedure_code.strip())) \
            .scalar_one_or_none()
        if procedure is None:
            errors['procedure_code'] = 'procedure_not_found'
    if data.dossier_code:
        dossier = session.execute(select(Dossier).where(Dossier.code == data.dossier_code.strip().upper())) \
            .scalar_one_or_none()
        if dossier is None:
            errors['dossier_code'] = 'dossier_not_found'
    if data.topic == 'procedure' and not data.procedure_code:
        errors.setdefault('procedure_code', 'required')
    if data.topic == 'dossier' and not data.dossier_code:
        errors.setdefault('dossier_code', 'required')
    channel = data.channel if taken_by_agent else 'web'
    if channel not in FEEDBACK_CHANNELS or (taken_by_agent and channel == 'web'):
        errors['channel'] = 'feedback_channel_invalid'
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)
    return {'title': title, 'content': content, 'procedure': procedure, 'dossier': dossier, 'channel': channel,
            'province_code': province.code if province else None}


def _create(session: Session, *, data: FeedbackCreate, checked: dict, sender: Account | None, sender_name: str,
            sender_phone: str | None, sender_email: str | None, actor: Account, ip: str | None) -> Feedback:
    agency = route(session, topic=data.topic, province_code=checked['province_code'],
                   procedure=checked['procedure'], dossier=checked['dossier'])
    today = today_local()
    code = f'PAKN-{today:%y%m%d}-{next_value(session, "feedback", today.strftime("%y%m%d")):04d}'
    feedback = Feedback(code=code, topic=data.topic, category=data.category, title=checked['title'],
                        content=checked['content'], province_code=checked['province_code'],
                        procedure_id=checked['procedure'].id if checked['procedure'] else None,
                        dossier_id=checked['dossier'].id if checked['dossier'] else None, agency_id=agency.id,
                        sender_id=sender.id if sender else None, sender_name=sender_name, sender_phone=sender_phone,
                        sender_email=sender_email, channel=checked['channel'], ticket_id=checked.get('ticket_id'),
                        publish_consent=bool(data.publish_consent),
                        due_date=add_working_days(session, today, ANSWER_WORKING_DAYS))
    session.add(feedback)
    session.flush()
    session.add(FeedbackEvent(feedback_id=feedback.id, action='received', agency_id=agency.id, actor_id=actor.id))
    record_event(session, action='feedback.received', entity='feedback', entity_id=feedback.id, actor_id=actor.id,
                 ip=ip, detail={'agency': agency.code, 'channel': feedback.channel})
    bump_counter(session, 'feedback_received', day=today, dim1=agency.code, dim2=data.category)
    session.commit()
    events.publish('feedback')
    return feedback


def submit_feedback(session: Session, *, actor: Account, data: FeedbackCreate, ip: str | None = None) -> Feedback:
    """A citizen or enterprise sends feedback from the portal."""
    require_area(actor, 'applicant')
    checked = _validated(session, data, taken_by_agent=False)
    if checked['dossier'] is not None and checked['dossier'].applicant_id != actor.id:
        raise ValidationFailed('form_invalid', fields={'dossier_code': 'dossier_not_found'})
    return _create(session, data=data, checked=checked, sender=actor, sender_name=actor.full_name,
                   sender_phone=actor.phone, sender_email=actor.email, actor=actor, ip=ip)


def take_feedback(session: Session, *, actor: Account, data: FeedbackCreate, ip: str | None = None) -> Feedback:
    """A call-centre agent enters feedback received by phone or e-mail, linked to the ticket."""
    require_area(actor, 'callcenter')
    errors: dict[str, str] = {}
    try:
        checked = _validated(session, data, taken_by_agent=True)
    except ValidationFailed as refused:  # shown together with the sender's fields below
        checked, errors = {}, dict(refused.fields)
    name = normalize_spaces(data.sender_name or '')
    if not 2 <= len(name) <= 120:
        errors['sender_name'] = 'full_name_invalid'
    phone = normalize_phone(data.sender_phone) if data.sender_phone else None
    if phone is not None and not re.fullmatch(r'0[0-9]{9}', phone):
        errors['sender_phone'] = 'phone_invalid'
    if data.ticket_code:
        from models.support import Ticket

        checked['ticket_id'] = session.execute(select(Ticket.id).where(
            Ticket.code == data.ticket_code.strip().upper())).scalar_one_or_none()
        if checked['ticket_id'] is None:
            errors['ticket_code'] = 'ticket_not_found'
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)
    sender = session.execute(select(Account).where(Account.phone == phone)).scalar_one_or_none() if phone else None
    return _create(session, data=data, checked=checked, sender=sender, sender_name=name, sender_phone=phone,
                   sender_email=(data.sender_email or '').strip() or None, actor=actor, ip=ip)


# ---------------------------------------------------------------- handling

def _load(session: Session, feedback_id: int) -> Feedback:
    feedback = session.get(Feedback, feedback_id, populate_existing=True)
    if feedback is None:
        raise NotFound('feedback_not_found')
    return feedback


def _move(session: Session, feedback: Feedback, *, expected_version: int | None, values: dict, action: str,
          actor: Account | None, note: str | None = None, ip: str | None = None) -> Feedback:
    if expected_version is not None and expected_version != feedback.version:
        raise Conflict('feedback_changed')
    moved = session.execute(update(Feedback).where(Feedback.id == feedback.id, Feedback.version == feedback.version)
                            .values(**values, updated_at=now_utc(), version=feedback.version + 1)).rowcount
    if not moved:
        raise Conflict('feedback_changed')
    session.refresh(feedback)
    session.add(FeedbackEvent(feedback_id=feedback.id, action=action, agency_id=feedback.agency_id,
                              actor_id=actor.id if actor else None, note=note))
    record_event(session, action=f'feedback.{action}', entity='feedback', entity_id=feedback.id,
                 actor_id=actor.id if actor else None, ip=ip)
    if feedback.sender_id is not None and action in ('answered', 'rerouted'):
        notify(session, account_id=feedback.sender_id, dossier=None, kind=f'feedback_{action}',
               params={'code': feedback.code})
    return feedback


def reroute_feedback(session: Session, *, actor: Account, feedback_id: int, agency_code: str, note: str,
                     expected_version: int | None = None, ip: str | None = None) -> Feedback:
    """A supervisor sends feedback to another agency; the answer deadline starts again."""
    if actor is None or actor.role not in ('supervisor', 'admin'):
        raise PermissionDenied('supervisors_only')
    feedback = _load(session, feedback_id)
    if feedback.status != 'received':
        raise InvalidTransition('feedback_not_open')
    agency = session.execute(select(Agency).where(Agency.code == agency_code)).scalar_one_or_none()
    if agency is None:
        raise ValidationFailed('agency_not_found', field='agency_code')
    note = (note or '').strip()
    if not 5 <= len(note) <= 1000:
        raise ValidationFailed('note_required', field='note')
    _move(session, feedback, expected_version=expected_version, action='rerouted', actor=actor, note=note, ip=ip,
          values={'agency_id': agency.id, 'due_date': add_working_days(session, today_local(), ANSWER_WORKING_DAYS)})
    session.commit()
    events.publish('feedback')
    return feedback


def answer_feedback(session: Session, *, actor: Account, feedback_id: int, content: str,
                    expected_version: int | None = None, ip: str | None = None) -> Feedback:
    """The responsible agency's officer answers; published at once when the sender agreed."""
    feedback = _load(session, feedback_id)
    if actor is None or not (actor.role == 'admin' or (actor.role == 'officer' and actor.agency_id == feedback.agency_id)):
        raise NotFound('feedback_not_found')
    if feedback.status != 'received':
        raise InvalidTransition('feedback_not_open')
    content = (content or '').strip()
    if not 20 <= len(content) <= MAX_CONTENT:
        raise ValidationFailed('feedback_answer_invalid', field='content')
    now = now_utc()
    session.add(FeedbackAnswer(feedback_id=feedback.id, agency_id=feedback.agency_id, officer_id=actor.id,
                               content=content, created_at=now))
    _move(session, feedback, expected_version=expected_version, action='answered', actor=actor, ip=ip,
          values={'status': 'answered', 'answered_at': now, 'published': feedback.publish_consent})
    agency_code = session.execute(select(Agency.code).where(Agency.id == feedback.agency_id)).scalar_one()
    day = today_local()
    bump_counter(session, 'feedback_answered', day=day, dim1=agency_code,
                 dim2='on_time' if day <= feedback.due_date else 'late')
    session.commit()
    events.publish('feedback')
    return feedback


def rate_feedback(session: Session, *, actor: Account, feedback_id: int, rating: int, ip: str | None = None) -> Feedback:
    feedback = _load(session, feedback_id)
    if actor is None or feedback.sender_id != actor.id:
        raise NotFound('feedback_not_found')
    if feedback.status != 'answered':
        raise InvalidTransition('feedback_not_answered')
    if isinstance(rating, bool) or rating not in range(1, 6):
        raise ValidationFailed('rating_invalid', field='rating')
    _move(session, feedback, expected_version=None, action='rated', actor=actor, ip=ip,
          values={'status': 'closed', 'rating': rating})
    session.commit()
    return feedback


# ---------------------------------------------------------------- reading

def due_flag(session: Session, feedback: Feedback, today: date | None = None) -> str:
    """'overdue', 'due_soon' or '' for open feedback (working days, holidays skipped)."""
    if feedback.status != 'received':
        return ''
    today = today or today_local()
    if today > feedback.due_date:
        return 'overdue'
    return 'due_soon' if working_days_between(session, today, feedback.due_date) <= DUE_SOON_DAYS else ''


def agency_feedback(session: Session, *, actor: Account, status: str | None = 'received',
                    limit: int = 200) -> list[Feedback]:
    """The officer's agency's feedback, oldest deadline first (all agencies for an administrator)."""
    require_area(actor, 'agency')
    query = select(Feedback).order_by(Feedback.due_date, Feedback.id).limit(limit)
    if actor.role == 'officer':
        query = query.where(Feedback.agency_id == actor.agency_id)
    if status:
        query = query.where(Feedback.status == status)
    return list(session.execute(query).scalars())


def open_feedback(session: Session, *, actor: Account, limit: int = 100) -> list[tuple[Feedback, str]]:
    """Every agency's unanswered feedback, nearest deadline first, with the agency code (for
    supervisors, who re-route what went to the wrong agency)."""
    if actor is None or actor.role not in ('supervisor', 'admin'):
        raise PermissionDenied('supervisors_only')
    return [(f, code) for f, code in session.execute(
        select(Feedback, Agency.code).join(Agency, Agency.id == Feedback.agency_id)
        .where(Feedback.status == 'received').order_by(Feedback.due_date, Feedback.id).limit(limit)).all()]


def my_feedback(session: Session, *, actor: Account) -> list[Feedback]:
    return list(session.execute(select(Feedback).where(Feedback.sender_id == actor.id)
                                .order_by(Feedback.id.desc())).scalars())


def feedback_view(session: Session, *, actor: Account | None, feedback_id: int) -> dict:
    feedback = _load(session, feedback_id)
    allowed = actor is not None and (
        feedback.sender_id == actor.id or actor.role in ('admin', 'supervisor', 'agent')
        or (actor.role == 'officer' and actor.agency_id == feedback.agency_id))
    if not allowed:
        raise NotFound('feedback_not_found')
    answers = list(session.execute(select(FeedbackAnswer).where(FeedbackAnswer.feedback_id == feedback.id)
                                   .order_by(FeedbackAnswer.id)).scalars())
    history = list(session.execute(select(FeedbackEvent).where(FeedbackEvent.feedback_id == feedback.id)
                                   .order_by(FeedbackEvent.id)).scalars())
    attachments = list(session.execute(select(FeedbackAttachment).where(FeedbackAttachment.feedback_id == feedback.id)
                                       .order_by(FeedbackAttachment.id)).scalars())
    return {'feedback': feedback, 'answers': answers, 'history': history, 'attachments': attachments,
            'agency': session.get(Agency, feedback.agency_id), 'flag': due_flag(session, feedback)}


def attach_to_feedback(session: Session, *, actor: Account, feedback_id: int, data: bytes, filename: str,
                       ip: str | None = None) -> FeedbackAttachment:
    """The sender adds evidence (PDF, JPEG, PNG) while the feedback awaits its answer."""
    from domain import files

    feedback = _load(session, feedback_id)
    if actor is None or feedback.sender_id != actor.id:
        raise NotFound('feedback_not_found')
    if feedback.status != 'received':
        raise InvalidTransition('feedback_not_open')
    count = len(session.execute(select(FeedbackAttachment.id).where(FeedbackAttachment.feedback_id == feedback.id))
                .all())
    if count >= MAX_ATTACHMENTS:
        raise ValidationFailed('feedback_too_many_files', field='file', max=MAX_ATTACHMENTS)
    stored = files.store_upload(data, filename)
    try:
        attachment = FeedbackAttachment(feedback_id=feedback.id, filename=stored.filename,
                                        stored_name=stored.stored_name, content_type=stored.content_type,
                                        size=stored.size)
        session.add(attachment)
        record_event(session, action='feedback.attached', entity='feedback', entity_id=feedback.id,
                     actor_id=actor.id, ip=ip, detail={'size': stored.size})
        session.commit()
    except Exception:  # the row was not written: neither is the file kept
        session.rollback()
        files.discard(stored.stored_name)
        raise
    return attachment


def feedback_attachment(session: Session, *, actor: Account | None, attachment_id: int) -> FeedbackAttachment:
    """An attachment, for whoever may see its feedback (checked on every download)."""
    attachment = session.get(FeedbackAttachment, attachment_id)
    if attachment is None:
        raise NotFound('feedback_not_found')
    feedback_view(session, actor=actor, feedback_id=attachment.feedback_id)
    return attachment


# ---------------------------------------------------------------- publication

_PERSONAL = (
    (re.compile(r'[\w.+-]+@[\w-]+(\.[\w-]+)+'), '[thư điện tử]'),
    (re.compile(r'(?<!\d)(\+?84|0)(\s?\d){8,10}(?!\d)'), '[số điện thoại]'),
    (re.compile(r'(?<!\d)\d{9}(\d{3})?(?!\d)'), '[số định danh]'),
)


def scrub(text: str) -> str:
    """Personal data out of published text: e-mail addresses, phone numbers, ID numbers."""
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text


def initials(name: str) -> str:
    """'Nguyễn Văn An' -> 'N. V. A.': the published sender stays anonymous."""
    return ' '.join(part[0].upper() + '.' for part in name.split() if part)


def published_feedback(session: Session, *, q: str = '', agency_code: str | None = None, limit: int = 20,
                       offset: int = 0) -> list[dict]:
    """Answered feedback whose senders agreed to publication, with personal data removed."""
    query = select(Feedback, Agency.name).join(Agency, Agency.id == Feedback.agency_id) \
        .where(Feedback.published.is_(True)).order_by(Feedback.answered_at.desc())
    if agency_code:
        query = query.where(Agency.code == agency_code)
    rows = session.execute(query).all()
    needle = fold(q.strip()) if q else ''
    out = []
    for feedback, agency_name in rows:
        if needle and needle not in fold(feedback.title + ' ' + feedback.content):
            continue
        answer = session.execute(select(FeedbackAnswer.content).where(FeedbackAnswer.feedback_id == feedback.id)
                                 .order_by(FeedbackAnswer.id.desc()).limit(1)).scalar_one_or_none()
        out.append({'code': feedback.code, 'title': scrub(feedback.title), 'content': scrub(feedback.content),
                    'answer': scrub(answer or ''), 'agency': agency_name, 'sender': initials(feedback.sender_name),
                    'category': feedback.category, 'answered_at': feedback.answered_at})
    return out[offset:offset + limit]


def overdue_count(session: Session, *, agency_id: int | None = None) -> int:
    query = select(Feedback.id).where(Feedback.status == 'received', Feedback.due_date < today_local())
    if agency_id is not None:
        query = query.where(Feedback.agency_id == agency_id)
    return len(session.execute(query).all())

