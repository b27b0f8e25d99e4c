"""Dossiers from draft to result, on the national status codes.

One explicit table of allowed status changes (`ACTIONS`), and one write path
(`_transition`) that checks the actor and the table, refuses a stale write (version
column), and writes the dossier, its timeline event, the audit row, the applicant's
notification and the rollups in a single commit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlmodel import Session

from core import events
from core.clock import VN_TZ, now_utc, to_local
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.privacy import mask_id_number
from domain import files
from domain.audit import record_event
from domain.calendar import add_working_days, working_days_between
from domain.catalog import get_procedure
from domain.locking import versioned_update
from domain.notifications import notify
from domain.permissions import can_handle_dossier, can_view_dossier, is_applicant
from domain.sequences import next_value
from domain.stats import bump_counter
from models.accounts import Account
from models.agencies import Agency
from models.catalog import Procedure, ProcedureChannel, ProcedureDocument, ProcedureField
from models.dossiers import (ACCEPTED, DRAFT, FEE_REQUESTED, MORE_DOCUMENTS, NEW, NOT_ACCEPTED, PROCESSED,
                             PROCESSING, RETURNED, STOPPED, WITHDRAWN, Attachment, Dossier, DossierEvent, Rating)

STATUS_KEYS = {0: 'draft', 1: 'new', 2: 'accepted', 3: 'not_accepted', 4: 'processing', 5: 'more_documents',
               6: 'fee_requested', 7: 'withdrawn', 8: 'stopped', 9: 'processed', 10: 'returned'}


@dataclass(frozen=True)
class Action:
    sources: frozenset[int]
    target: int
    by: str  # applicant | officer | system
    needs_note: bool = False


# The one table of allowed status changes.
ACTIONS: dict[str, Action] = {
    'submit': Action(frozenset({DRAFT}), NEW, 'applicant'),
    'withdraw': Action(frozenset({NEW}), WITHDRAWN, 'applicant'),
    'accept': Action(frozenset({NEW}), ACCEPTED, 'officer'),
    'reject': Action(frozenset({NEW}), NOT_ACCEPTED, 'officer', needs_note=True),
    'process': Action(frozenset({ACCEPTED}), PROCESSING, 'officer'),
    'request_documents': Action(frozenset({ACCEPTED, PROCESSING}), MORE_DOCUMENTS, 'officer', needs_note=True),
    'supplement': Action(frozenset({MORE_DOCUMENTS}), PROCESSING, 'applicant'),
    'request_fee': Action(frozenset({ACCEPTED, PROCESSING}), FEE_REQUESTED, 'officer'),
    'confirm_fee': Action(frozenset({FEE_REQUESTED}), PROCESSING, 'officer'),
    'fee_paid': Action(frozenset({FEE_REQUESTED}), PROCESSING, 'system'),
    'stop': Action(frozenset({ACCEPTED, PROCESSING, MORE_DOCUMENTS, FEE_REQUESTED}), STOPPED, 'officer',
                   needs_note=True),
    'finish': Action(frozenset({PROCESSING}), PROCESSED, 'officer', needs_note=True),
    'return_result': Action(frozenset({PROCESSED}), RETURNED, 'officer'),
}

ALLOWED: dict[int, frozenset[int]] = {
    status: frozenset(a.target for a in ACTIONS.values() if status in a.sources) for status in range(11)}

DUE_SOON_WORKING_DAYS = 2
MAX_NOTE = 2000
MAX_FIELD = 1000


def status_key(status: int) -> str:
    return STATUS_KEYS[status]


def actions_for(actor: Account | None, dossier: Dossier) -> list[str]:
    """The actions this actor may take now (the pages show only these)."""
    result = []
    for name, action in ACTIONS.items():
        if dossier.status not in action.sources:
            continue
        if action.by == 'officer' and can_handle_dossier(actor, dossier):
            result.append(name)
        elif action.by == 'applicant' and is_applicant(actor, dossier):
            result.append(name)
    return result


# ---------------------------------------------------------------- forms and drafts

_DATE = re.compile(r'^(\d{2})/(\d{2})/(\d{4})$')
_EMAIL = re.compile(r'^[^@\s]+@[^@\s]+\.[^@\s]+$')
_PHONE = re.compile(r'^0\d{9,10}$')


def _parse_date(value: str) -> date | None:
    match = _DATE.match(value) or re.match(r'^(\d{4})-(\d{2})-(\d{2})$', value)
    if not match:
        return None
    try:
        if match.re is _DATE:
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def validate_form(fields: list[ProcedureField], data: dict[str, Any], *, strict: bool) -> dict[str, str]:
    """Clean form values against the procedure's field schema; errors name each field."""
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    for field in fields:
        raw = data.get(field.name)
        value = '' if raw is None else str(raw).strip()
        if not value:
            if strict and field.required:
                errors[field.name] = 'required'
            continue
        if len(value) > MAX_FIELD:
            errors[field.name] = 'field_too_long'
        elif field.type == 'date' and _parse_date(value) is None:
            errors[field.name] = 'date_invalid'
        elif field.type == 'number' and not re.fullmatch(r'-?\d+([.,]\d+)?', value):
            errors[field.name] = 'number_invalid'
        elif field.type == 'email' and not _EMAIL.match(value):
            errors[field.name] = 'email_invalid'
        elif field.type == 'phone' and not _PHONE.match(re.sub(r'[\s.]', '', value)):
            errors[field.name] = 'phone_invalid'
        elif field.type == 'select' and field.options and value not in field.options:
            errors[field.name] = 'option_invalid'
        clean[field.name] = value
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)
    return clean


def prefill_values(account: Account, fields: list[ProcedureField]) -> dict[str, str]:
    sources = {'full_name': account.full_name, 'id_number': account.id_number, 'phone': account.phone or '',
               'email': account.email or '', 'address': account.address or ''}
    return {f.name: sources[f.prefill] for f in fields if f.prefill in sources and sources[f.prefill]}


def receiving_agencies(session: Session, procedure: Procedure) -> list[Agency]:
    """Who may receive a dossier: the ministry for central procedures, else a province."""
    if procedure.implementing_level == 'central':
        return [session.get(Agency, procedure.agency_id)]
    return list(session.execute(select(Agency).where(Agency.kind == 'province_committee', Agency.active.is_(True))
                                .order_by(Agency.code)).scalars())


def _fields(session: Session, procedure_id: int) -> list[ProcedureField]:
    return list(session.execute(select(ProcedureField).where(ProcedureField.procedure_id == procedure_id)
                                .order_by(ProcedureField.position)).scalars())


def _processing_days(session: Session, procedure_id: int) -> int:
    channels = session.execute(select(ProcedureChannel).where(ProcedureChannel.procedure_id == procedure_id)).scalars().all()
    online = [c for c in channels if c.kind == 'online']
    chosen = online or list(channels)
    return chosen[0].processing_days if chosen else 0


def save_draft(session: Session, *, actor: Account, procedure_code: str, agency_code: str,
               form_data: dict[str, Any], dossier_id: int | None = None) -> Dossier:
    """Keep what the applicant typed so far (lenient: required fields may still be empty)."""
    if actor is None or actor.role not in ('citizen', 'enterprise'):
        raise PermissionDenied('applicants_only')
    procedure = get_procedure(session, procedure_code)
    if procedure.service_level < 3:
        raise ValidationFailed('procedure_not_online', field='procedure')
    if actor.kind not in procedure.applicants:
        raise ValidationFailed('applicant_kind_not_allowed', field='procedure')
    agency = next((a for a in receiving_agencies(session, procedure) if a.code == agency_code), None)
    if agency is None:
        raise ValidationFailed('form_invalid', fields={'agency': 'agency_invalid'})
    clean = validate_form(_fields(session, procedure.id), form_data, strict=False)
    now = now_utc()
    if dossier_id is None:
        dossier = Dossier(procedure_id=procedure.id, applicant_id=actor.id, agency_id=agency.id, status=DRAFT,
                          form_data=clean, processing_days=_processing_days(session, procedure.id))
        session.add(dossier)
    else:
        dossier = session.get(Dossier, dossier_id)
        if dossier is None or dossier.applicant_id != actor.id:
            raise NotFound('dossier_not_found')
        if dossier.status != DRAFT:
            raise InvalidTransition('dossier_not_draft')
        dossier.agency_id, dossier.form_data, dossier.updated_at = agency.id, clean, now
        dossier.version += 1
    session.commit()
    return dossier


def add_attachment(session: Session, *, actor: Account, dossier_id: int, document_name: str, data: bytes,
                   filename: str) -> Attachment:
    """An applicant attaches a document to a draft, or a supplement to a dossier awaiting documents."""
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or not can_view_dossier(actor, dossier):
        raise NotFound('dossier_not_found')
    if not is_applicant(actor, dossier):
        raise PermissionDenied('applicants_only')
    if dossier.status not in (DRAFT, MORE_DOCUMENTS):
        raise InvalidTransition('attachments_closed')
    document_name = (document_name or '').strip()[:400]
    if not document_name:
        raise ValidationFailed('document_name_required', field='document_name')
    stored = files.store_upload(data, filename)
    try:
        attachment = Attachment(dossier_id=dossier.id, kind='document' if dossier.status == DRAFT else 'supplement',
                                document_name=document_name, filename=stored.filename,
                                stored_name=stored.stored_name, content_type=stored.content_type,
                                size=stored.size, sha256=stored.sha256, uploaded_by=actor.id)
        session.add(attachment)
        session.commit()
    except Exception:
        session.rollback()
        files.discard(stored.stored_name)
        raise
    return attachment


def remove_attachment(session: Session, *, actor: Account, attachment_id: int) -> None:
    attachment = session.get(Attachment, attachment_id)
    dossier = session.get(Dossier, attachment.dossier_id) if attachment else None
    if dossier is None or not is_applicant(actor, dossier):
        raise NotFound('attachment_not_found')
    if dossier.status != DRAFT:
        raise InvalidTransition('attachments_closed')
    session.delete(attachment)
    session.commit()
    files.discard(attachment.stored_name)


def missing_documents(session: Session, dossier: Dossier) -> list[str]:
    """The procedure's required documents not yet attached; optional ones ("nếu có") never block."""
    required = session.execute(select(ProcedureDocument.name).where(ProcedureDocument.procedure_id ==
                                                                    dossier.procedure_id,
                                                                    ProcedureDocument.required.is_(True))
                               .order_by(ProcedureDocument.position)).scalars().all()
    attached = set(session.execute(select(Attachment.document_name).where(Attachment.dossier_id == dossier.id))
                   .scalars())
    return [name for name in required if name not in attached]


# ---------------------------------------------------------------- the write path

def _load_for_action(session: Session, dossier_id: int, actor: Account | None, action: Action) -> Dossier:
    dossier = session.get(Dossier, dossier_id, populate_existing=True)
    if dossier is None:
        raise NotFound('dossier_not_found')
    if action.by == 'applicant':
        if not is_applicant(actor, dossier):
            raise NotFound('dossier_not_found') if not can_view_dossier(actor, dossier) else \
                PermissionDenied('applicants_only')
    elif action.by == 'officer':
        if not can_handle_dossier(actor, dossier):
            raise NotFound('dossier_not_found') if not can_view_dossier(actor, dossier) else \
                PermissionDenied('officer_of_agency_only')
    return dossier


def _transition(session: Session, *, dossier_id: int, action_name: str, actor: Account | None,
                expected_version: int | None, note: str | None = None, at: datetime | None = None,
                changes: dict[str, Any] | None = None, event_due: tuple[date | None, date | None] | None = None,
                ip: str | None = None, also: Callable[[Dossier], None] | None = None, commit: bool = True) -> Dossier:
    action = ACTIONS[action_name]
    dossier = _load_for_action(session, dossier_id, actor, action)
    if expected_version is not None and dossier.version != expected_version:
        raise Conflict('dossier_changed')
    if dossier.status not in action.sources:
        raise InvalidTransition('status_change_not_allowed', action=action_name, status=dossier.status)
    note = (note or '').strip() or None
    if action.needs_note and not note:
        raise ValidationFailed('note_required', field='note')
    if note and len(note) > MAX_NOTE:
        raise ValidationFailed('note_too_long', field='note', max=MAX_NOTE)
    at = at or now_utc()
    from_status = dossier.status  # before the update: it refreshes the object in the session
    versioned_update(session, Dossier, row_id=dossier.id, version=dossier.version, conflict_code='dossier_changed',
                     values={'status': action.target, 'updated_at': at, **(changes or {})})
    session.refresh(dossier)
    due_before, due_after = event_due or (None, None)
    session.add(DossierEvent(dossier_id=dossier.id, at=at, actor_id=actor.id if actor else None, action=action_name,
                             from_status=from_status, to_status=action.target, note=note,
                             due_before=due_before, due_after=due_after))
    record_event(session, action=f'dossier.{action_name}', entity='dossier', entity_id=dossier.id,
                 actor_id=actor.id if actor else None, ip=ip, detail={'from': from_status, 'to': action.target})
    notify(session, account_id=dossier.applicant_id, dossier=dossier, kind=f'dossier_{status_key(action.target)}',
           params={'code': dossier.code or '', 'note': note or ''}, at=at)
    if also is not None:
        also(dossier)  # what else moves with this change (rollups, result file), in the same commit
    if commit:  # else the caller's single commit carries it (a payment confirmed by the gateway)
        session.commit()
        events.publish('dossiers')
    return dossier


def _local_day(at: datetime) -> date:
    return to_local(at).date()


def _agency_code(session: Session, dossier: Dossier) -> str:
    return session.execute(select(Agency.code).where(Agency.id == dossier.agency_id)).scalar_one()


def submit_dossier(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                   at: datetime | None = None, ip: str | None = None) -> Dossier:
    """The applicant submits a complete draft: it gets its code and goes to the agency."""
    dossier = _load_for_action(session, dossier_id, actor, ACTIONS['submit'])
    if dossier.status != DRAFT:
        raise InvalidTransition('status_change_not_allowed', action='submit', status=dossier.status)
    validate_form(_fields(session, dossier.procedure_id), dossier.form_data, strict=True)
    missing = missing_documents(session, dossier)
    if missing:
        raise ValidationFailed('documents_missing', field='documents', documents=', '.join(missing))
    at = at or now_utc()
    agency_code = _agency_code(session, dossier)
    day = _local_day(at)
    sequence = next_value(session, f'dossier:{agency_code}', day.strftime('%y%m%d'))
    code = f'{agency_code}-{day:%y%m%d}-{sequence:04d}'
    return _transition(session, dossier_id=dossier_id, action_name='submit', actor=actor,
                       expected_version=expected_version, at=at, ip=ip, changes={'code': code, 'submitted_at': at},
                       also=lambda _: bump_counter(session, 'dossiers_received', day=day, dim1=agency_code,
                                                   dim2='online'))


def withdraw_dossier(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                     note: str | None = None, ip: str | None = None, at: datetime | None = None) -> Dossier:
    return _transition(session, dossier_id=dossier_id, action_name='withdraw', actor=actor,
                       expected_version=expected_version, note=note, ip=ip, at=at)


def accept_dossier(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                   at: datetime | None = None, ip: str | None = None) -> Dossier:
    """Acceptance starts the clock: the appointment date counts working days from today."""
    at = at or now_utc()
    dossier = session.get(Dossier, dossier_id)
    days = dossier.processing_days if dossier else 0
    due = add_working_days(session, _local_day(at), days)
    return _transition(session, dossier_id=dossier_id, action_name='accept', actor=actor,
                       expected_version=expected_version, at=at, ip=ip,
                       changes={'accepted_at': at, 'due_date': due}, event_due=(None, due))


def reject_dossier(session: Session, *, actor: Account, dossier_id: int, note: str,
                   expected_version: int | None = None, ip: str | None = None, at: datetime | None = None) -> Dossier:
    return _transition(session, dossier_id=dossier_id, action_name='reject', actor=actor,
                       expected_version=expected_version, note=note, ip=ip, at=at)


def start_processing(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                     at: datetime | None = None, ip: str | None = None) -> Dossier:
    return _transition(session, dossier_id=dossier_id, action_name='process', actor=actor,
                       expected_version=expected_version, at=at, ip=ip)


def request_documents(session: Session, *, actor: Account, dossier_id: int, note: str,
                      expected_version: int | None = None, at: datetime | None = None,
                      ip: str | None = None) -> Dossier:
    """The clock pauses: the working days left are kept and given back on the supplement."""
    at = at or now_utc()
    dossier = session.get(Dossier, dossier_id)
    left = None
    if dossier is not None and dossier.due_date is not None:
        left = max(0, working_days_between(session, _local_day(at), dossier.due_date))
    return _transition(session, dossier_id=dossier_id, action_name='request_documents', actor=actor,
                       expected_version=expected_version, note=note, at=at, ip=ip,
                       changes={'paused_days_left': left})


def supplement_dossier(session: Session, *, actor: Account, dossier_id: int, note: str | None = None,
                       expected_version: int | None = None, at: datetime | None = None,
                       ip: str | None = None) -> Dossier:
    """The applicant answers a request for documents; the appointment date moves by the pause."""
    at = at or now_utc()
    dossier = _load_for_action(session, dossier_id, actor, ACTIONS['supplement'])
    if dossier.status == MORE_DOCUMENTS:
        supplements = session.execute(select(func.count(Attachment.id)).where(
            Attachment.dossier_id == dossier.id, Attachment.kind == 'supplement',
            Attachment.uploaded_at >= _last_event_time(session, dossier.id))).scalar_one()
        if not supplements and not (note or '').strip():
            raise ValidationFailed('supplement_empty', field='documents')
    before = dossier.due_date
    after = add_working_days(session, _local_day(at), dossier.paused_days_left) \
        if dossier.paused_days_left is not None else before
    reason = (note or '').strip() or None
    return _transition(session, dossier_id=dossier_id, action_name='supplement', actor=actor,
                       expected_version=expected_version, note=reason, at=at, ip=ip,
                       changes={'due_date': after, 'paused_days_left': None}, event_due=(before, after))


def _last_event_time(session: Session, dossier_id: int) -> datetime:
    return session.execute(select(func.max(DossierEvent.at)).where(DossierEvent.dossier_id == dossier_id)).scalar_one()


def request_fee(session: Session, *, actor: Account, dossier_id: int, amount: int,
                expected_version: int | None = None, note: str | None = None, ip: str | None = None, at: datetime | None = None) -> Dossier:
    if not isinstance(amount, int) or isinstance(amount, bool) or not 1_000 <= amount <= 1_000_000_000:
        raise ValidationFailed('amount_invalid', field='amount')
    from domain.payments import fee_payable_for_dossier

    return _transition(session, dossier_id=dossier_id, action_name='request_fee', actor=actor,
                       expected_version=expected_version, note=note, ip=ip,
                       changes={'fee_vnd': amount, 'fee_paid': False}, at=at,
                       also=lambda dossier: fee_payable_for_dossier(session, dossier=dossier, amount=amount))


def _close_fee_payables(session: Session, dossier: Dossier) -> None:
    """The fee was settled at the counter or the dossier stopped: nothing is left to pay online."""
    from models.payments import Payable

    session.execute(update(Payable).where(Payable.dossier_id == dossier.id, Payable.status == 'open')
                    .values(status='cancelled', version=Payable.version + 1))


def confirm_fee(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                ip: str | None = None, at: datetime | None = None) -> Dossier:
    """The officer records a fee paid at the counter; the online payable closes with it."""
    return _transition(session, dossier_id=dossier_id, action_name='confirm_fee', actor=actor,
                       expected_version=expected_version, note=None, ip=ip, changes={'fee_paid': True}, at=at,
                       also=lambda dossier: _close_fee_payables(session, dossier))


def record_fee_paid(session: Session, *, dossier_id: int, at: datetime) -> None:
    """The gateway confirmed the fee: the dossier moves on, inside the payment's transaction."""
    dossier = session.get(Dossier, dossier_id, populate_existing=True)
    if dossier is not None and dossier.status == FEE_REQUESTED:
        _transition(session, dossier_id=dossier_id, action_name='fee_paid', actor=None, expected_version=None,
                    at=at, changes={'fee_paid': True}, commit=False)


def stop_dossier(session: Session, *, actor: Account, dossier_id: int, note: str,
                 expected_version: int | None = None, ip: str | None = None, at: datetime | None = None) -> Dossier:
    return _transition(session, dossier_id=dossier_id, action_name='stop', actor=actor,
                       expected_version=expected_version, note=note, ip=ip, at=at,
                       also=lambda dossier: _close_fee_payables(session, dossier))


def finish_dossier(session: Session, *, actor: Account, dossier_id: int, note: str,
                   result_file: tuple[bytes, str] | None = None, expected_version: int | None = None,
                   at: datetime | None = None, ip: str | None = None) -> Dossier:
    """The result is ready: on time if by the appointment date."""
    at = at or now_utc()
    stored = files.store_upload(*result_file, field='result_file') if result_file else None

    def record_result(dossier: Dossier) -> None:
        if stored:
            session.add(Attachment(dossier_id=dossier.id, kind='result', document_name='Kết quả giải quyết',
                                   filename=stored.filename, stored_name=stored.stored_name,
                                   content_type=stored.content_type, size=stored.size, sha256=stored.sha256,
                                   uploaded_by=actor.id))
        on_time = dossier.due_date is None or _local_day(at) <= dossier.due_date
        bump_counter(session, 'dossiers_finished', day=_local_day(at), dim1=_agency_code(session, dossier),
                     dim2='on_time' if on_time else 'late')

    try:
        return _transition(session, dossier_id=dossier_id, action_name='finish', actor=actor,
                           expected_version=expected_version, note=note, at=at, ip=ip,
                           changes={'finished_at': at, 'result_note': (note or '').strip()}, also=record_result)
    except Exception:
        if stored:
            files.discard(stored.stored_name)
        raise


def return_result(session: Session, *, actor: Account, dossier_id: int, expected_version: int | None = None,
                  at: datetime | None = None, ip: str | None = None) -> Dossier:
    at = at or now_utc()
    return _transition(session, dossier_id=dossier_id, action_name='return_result', actor=actor,
                       expected_version=expected_version, at=at, ip=ip, changes={'returned_at': at})


def is_on_time(dossier: Dossier) -> bool | None:
    if dossier.finished_at is None or dossier.due_date is None:
        return None
    return _local_day(dossier.finished_at) <= dossier.due_date


# ---------------------------------------------------------------- rating

def rate_dossier(session: Session, *, actor: Account, dossier_id: int, score: int, comment: str | None = None,
                 ip: str | None = None) -> Rating:
    """After the result is returned, the applicant rates the service once."""
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or not can_view_dossier(actor, dossier):
        raise NotFound('dossier_not_found')
    if not is_applicant(actor, dossier):
        raise PermissionDenied('applicants_only')
    if dossier.status != RETURNED:
        raise InvalidTransition('rating_not_open')
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationFailed('score_invalid', field='score')
    comment = (comment or '').strip() or None
    if comment and len(comment) > MAX_NOTE:
        raise ValidationFailed('note_too_long', field='comment', max=MAX_NOTE)
    if session.execute(select(Rating.id).where(Rating.dossier_id == dossier.id)).first():
        raise Conflict('already_rated')
    rating = Rating(dossier_id=dossier.id, agency_id=dossier.agency_id, account_id=actor.id, score=score,
                    comment=comment)
    session.add(rating)
    agency_code = _agency_code(session, dossier)
    bump_counter(session, 'rating_count', dim1=agency_code)
    bump_counter(session, 'rating_sum', by=score, dim1=agency_code)
    record_event(session, action='dossier.rated', entity='dossier', entity_id=dossier.id, actor_id=actor.id, ip=ip,
                 detail={'score': score})
    try:
        session.commit()
    except Exception as error:  # a double click racing the first rating
        session.rollback()
        raise Conflict('already_rated') from error
    return rating


# ---------------------------------------------------------------- reading

def get_dossier(session: Session, *, actor: Account | None, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or not can_view_dossier(actor, dossier):
        raise NotFound('dossier_not_found')  # another's dossier does not exist for you
    return dossier


def dossier_view(session: Session, *, actor: Account | None, dossier_id: int) -> dict[str, Any]:
    dossier = get_dossier(session, actor=actor, dossier_id=dossier_id)
    procedure = session.get(Procedure, dossier.procedure_id)
    agency = session.get(Agency, dossier.agency_id)
    applicant = session.get(Account, dossier.applicant_id)
    events = session.execute(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id)
                             .order_by(DossierEvent.at, DossierEvent.id)).scalars().all()
    attachments = session.execute(select(Attachment).where(Attachment.dossier_id == dossier.id)
                                  .order_by(Attachment.id)).scalars().all()
    rating = session.execute(select(Rating).where(Rating.dossier_id == dossier.id)).scalar_one_or_none()
    return {'dossier': dossier, 'procedure': procedure, 'agency': agency, 'events': list(events),
            'attachments': list(attachments), 'rating': rating, 'fields': _fields(session, procedure.id),
            'applicant_name': applicant.full_name,
            'applicant_id_masked': mask_id_number(applicant.id_number),
            'actions': actions_for(actor, dossier), 'missing_documents': missing_documents(session, dossier),
            'on_time': is_on_time(dossier), 'fee_payable_id': _open_fee_payable(session, dossier.id)}


def _open_fee_payable(session: Session, dossier_id: int) -> int | None:
    from models.payments import Payable

    return session.execute(select(Payable.id).where(Payable.dossier_id == dossier_id, Payable.status == 'open')
                           .order_by(Payable.id.desc()).limit(1)).scalar_one_or_none()


def get_attachment(session: Session, *, actor: Account | None, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound('attachment_not_found')
    get_dossier(session, actor=actor, dossier_id=attachment.dossier_id)
    return attachment


def list_my_dossiers(session: Session, *, actor: Account, status: int | None = None) -> list[tuple[Dossier, str]]:
    statement = (select(Dossier, Procedure.name).join(Procedure, Procedure.id == Dossier.procedure_id)
                 .where(Dossier.applicant_id == actor.id).order_by(Dossier.updated_at.desc()))
    if status is not None:
        statement = statement.where(Dossier.status == status)
    return [(d, name) for d, name in session.execute(statement).all()]


def due_flag(session: Session, dossier: Dossier, today: date, soon_limit: date | None = None) -> str | None:
    """'overdue', 'due_soon' or None for dossiers still in the agency's hands."""
    if dossier.due_date is None or dossier.status not in (ACCEPTED, PROCESSING, FEE_REQUESTED):
        return None
    if dossier.due_date < today:
        return 'overdue'
    soon_limit = soon_limit or add_working_days(session, today, DUE_SOON_WORKING_DAYS)
    return 'due_soon' if dossier.due_date <= soon_limit else None


def agency_queue(session: Session, *, actor: Account, status: int | None = None, due: str | None = None,
                 q: str = '', page: int = 1, page_size: int = 20) -> tuple[list[dict[str, Any]], int]:
    """The officer's own agency's dossiers, newest first, with due-soon and overdue flags."""
    if actor is None or actor.role != 'officer' or actor.agency_id is None:
        raise PermissionDenied('officer_of_agency_only')
    if page < 1 or not 1 <= page_size <= 100:
        raise ValidationFailed('page_invalid', field='page')
    today = datetime.now(VN_TZ).date()
    soon = add_working_days(session, today, DUE_SOON_WORKING_DAYS)
    conditions = [Dossier.agency_id == actor.agency_id, Dossier.status != DRAFT]
    if status is not None:
        conditions.append(Dossier.status == status)
    active = Dossier.status.in_((ACCEPTED, PROCESSING, FEE_REQUESTED))
    if due == 'overdue':
        conditions += [active, Dossier.due_date < today]
    elif due == 'due_soon':
        conditions += [active, Dossier.due_date >= today, Dossier.due_date <= soon]
    elif due == 'open':
        conditions.append(Dossier.status.in_((NEW, ACCEPTED, PROCESSING, MORE_DOCUMENTS, FEE_REQUESTED, PROCESSED)))
    text = q.strip()
    if text:
        conditions.append(or_(Dossier.code.ilike(f'%{text}%'), Account.full_name.ilike(f'%{text}%')))
    statement = (select(Dossier, Procedure.name, Account.full_name)
                 .join(Procedure, Procedure.id == Dossier.procedure_id)
                 .join(Account, Account.id == Dossier.applicant_id).where(and_(*conditions)))
    total = session.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    rows = session.execute(statement.order_by(Dossier.submitted_at.desc()).limit(page_size)
                           .offset((page - 1) * page_size)).all()
    return [{'dossier': d, 'procedure_name': name, 'applicant_name': applicant,
             'flag': due_flag(session, d, today, soon)} for d, name, applicant in rows], int(total)


def track_dossier(session: Session, *, code: str, id_number: str) -> dict[str, Any]:
    """Public tracking by code plus the applicant's ID number; a wrong ID number answers exactly
    like an unknown code."""
    code, id_number = (code or '').strip().upper(), re.sub(r'\s', '', id_number or '')
    row = session.execute(select(Dossier, Account).join(Account, Account.id == Dossier.applicant_id)
                          .where(Dossier.code == code)).first() if code else None
    if row is None or row[1].id_number.replace('-', '') != id_number.replace('-', ''):
        raise NotFound('dossier_not_found')
    dossier, applicant = row
    procedure = session.get(Procedure, dossier.procedure_id)
    agency = session.get(Agency, dossier.agency_id)
    events = session.execute(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id)
                             .order_by(DossierEvent.at, DossierEvent.id)).scalars().all()
    return {'dossier': dossier, 'procedure': procedure, 'agency': agency, 'events': list(events),
            'applicant_name': applicant.full_name}


def finished_on_time_rate(session: Session, agency_id: int | None = None) -> tuple[int, int]:
    """(on time, finished) over the raw table, for checks against the rollups."""
    statement = select(Dossier).where(Dossier.finished_at.is_not(None))
    if agency_id is not None:
        statement = statement.where(Dossier.agency_id == agency_id)
    finished = session.execute(statement).scalars().all()
    return sum(1 for d in finished if is_on_time(d)), len(finished)

