"""The call centre: calls, tickets (with SLAs, queues, escalation to agencies, merging and
ratings), caller lookup and the figures supervisors watch.

Ticket status changes follow one table (`TRANSITIONS`); every change goes through one write
path (`_write`) that checks permission and version, writes the ticket event and the audit row,
moves the rollups, and commits once.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlmodel import Session

from core import events
from core.clock import VN_TZ, as_utc, now_utc, to_local
from core.errors import Conflict, InvalidTransition, NotFound, PermissionDenied, ValidationFailed
from core.privacy import mask_id_number, mask_phone
from domain.accounts import normalize_phone, normalize_tax_code
from domain.audit import record_event
from domain.locking import versioned_update
from domain.notifications import notify
from domain.permissions import can_supervise, can_view_ticket, can_work_tickets, sees_internal_notes
from domain.sequences import next_value
from domain.stats import bump_counter
from models.accounts import Account
from models.agencies import Agency
from models.dossiers import Dossier
from models.support import (CALL_CHANNELS, CALL_DIRECTIONS, CALL_OUTCOMES, CATEGORIES, PRIORITIES, QUEUES, Call,
                            CallLog, Macro, Ticket, TicketCreate, TicketEvent)

TRANSITIONS: dict[str, frozenset[str]] = {
    'new': frozenset({'open', 'pending_citizen', 'pending_agency', 'resolved'}),
    'open': frozenset({'pending_citizen', 'pending_agency', 'resolved'}),
    'pending_citizen': frozenset({'open', 'resolved'}),
    'pending_agency': frozenset({'open', 'resolved'}),
    'resolved': frozenset({'closed', 'open'}),
    'closed': frozenset(),
}
ACTIVE = ('new', 'open', 'pending_citizen', 'pending_agency')
SLA_HOURS = {'urgent': 4, 'high': 8, 'normal': 24, 'low': 72}
CATEGORY_QUEUE = {'account': 'account', 'dossier': 'dossier', 'payment': 'payment', 'technical': 'technical',
                  'complaint': 'complaint', 'procedure': 'general', 'other': 'general'}
MAX_TEXT = 4000
TOPIC = 'support'


def _text(value: str | None, field: str, *, required: bool = False, limit: int = MAX_TEXT,
          errors: dict[str, str]) -> str | None:
    text = (value or '').strip()
    if not text:
        if required:
            errors[field] = 'required'
        return None
    if len(text) > limit:
        errors[field] = 'field_too_long'
    return text


def _raise(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationFailed('form_invalid', fields=errors)


def _require_staff(actor: Account | None) -> Account:
    if not can_work_tickets(actor):
        raise PermissionDenied('callcentre_only')
    return actor


def _caller_account(session: Session, phone: str | None, id_number: str | None) -> Account | None:
    if id_number:
        account = session.execute(select(Account).where(Account.id_number == id_number)).scalar_one_or_none()
        if account:
            return account
    if phone:
        return session.execute(select(Account).where(Account.phone == phone)).scalar_one_or_none()
    return None


def _clean_caller(phone: str | None, id_number: str | None, errors: dict[str, str]) -> tuple[str | None, str | None]:
    clean_phone = normalize_phone(phone or '') or None
    if clean_phone and not re.fullmatch(r'0\d{9,10}', clean_phone):
        errors['caller_phone'] = 'phone_invalid'
    clean_id = re.sub(r'\s', '', id_number or '') or None
    if clean_id and not (re.fullmatch(r'\d{12}', clean_id) or re.fullmatch(r'\d{10}(-?\d{3})?', clean_id)):
        errors['caller_id_number'] = 'id_number_invalid'
    elif clean_id and len(clean_id) != 12:
        clean_id = normalize_tax_code(clean_id)
    return clean_phone, clean_id


# ---------------------------------------------------------------- calls

def start_call(session: Session, *, actor: Account, caller_phone: str | None = None, direction: str = 'inbound',
               channel: str = 'phone', at: datetime | None = None) -> Call:
    """The agent picks up: the call counts as in progress until it is logged."""
    _require_staff(actor)
    errors: dict[str, str] = {}
    phone, _ = _clean_caller(caller_phone, None, errors)
    if direction not in CALL_DIRECTIONS:
        errors['direction'] = 'option_invalid'
    if channel not in CALL_CHANNELS:
        errors['channel'] = 'option_invalid'
    _raise(errors)
    call = Call(agent_id=actor.id, caller_phone=phone, direction=direction, channel=channel, started_at=at or now_utc())
    session.add(call)
    session.commit()
    events.publish(TOPIC)
    return call


def end_call(session: Session, *, actor: Account, call_id: int, data: CallLog, at: datetime | None = None) -> Call:
    """Log what the call was about; its duration runs from pick-up to now."""
    _require_staff(actor)
    call = session.get(Call, call_id)
    if call is None or (call.agent_id != actor.id and not can_supervise(actor)):
        raise NotFound('call_not_found')
    if call.ended_at is not None:
        raise Conflict('call_already_logged')
    errors: dict[str, str] = {}
    phone, id_number = _clean_caller(data.caller_phone, data.caller_id_number, errors)
    name = _text(data.caller_name, 'caller_name', limit=120, errors=errors)
    notes = _text(data.notes, 'notes', errors=errors)
    if data.category not in CATEGORIES:
        errors['category'] = 'option_invalid'
    if data.outcome not in CALL_OUTCOMES:
        errors['outcome'] = 'option_invalid'
    if data.direction not in CALL_DIRECTIONS:
        errors['direction'] = 'option_invalid'
    if data.channel not in CALL_CHANNELS:
        errors['channel'] = 'option_invalid'
    _raise(errors)
    ended = at or now_utc()
    account = _caller_account(session, phone, id_number)
    call.caller_phone, call.caller_id_number, call.caller_name = phone, id_number, name or (
        account.full_name if account else None)
    call.account_id = account.id if account else None
    call.category, call.notes, call.outcome = data.category, notes, data.outcome
    call.direction, call.channel = data.direction, data.channel
    call.ended_at = ended
    call.duration_seconds = max(1, int((ended - as_utc(call.started_at)).total_seconds()))
    day = to_local(call.started_at).date()
    bump_counter(session, 'calls', day=day, dim1=data.category, dim2=data.outcome)
    bump_counter(session, 'call_seconds', day=day, by=call.duration_seconds)
    record_event(session, action='call.logged', entity='call', entity_id=call.id, actor_id=actor.id,
                 detail={'category': data.category, 'outcome': data.outcome})
    session.commit()
    events.publish(TOPIC)
    return call


def log_call(session: Session, *, actor: Account, data: CallLog, started_at: datetime | None = None,
             ended_at: datetime | None = None) -> Call:
    """Record a whole call at once (a call taken away from the console, or demo data)."""
    call = start_call(session, actor=actor, direction=data.direction, channel=data.channel, at=started_at)
    return end_call(session, actor=actor, call_id=call.id, data=data, at=ended_at)


def open_calls(session: Session, *, actor: Account) -> list[Call]:
    _require_staff(actor)
    return list(session.execute(select(Call).where(Call.agent_id == actor.id, Call.ended_at.is_(None))
                                .order_by(Call.started_at)).scalars())


def caller_lookup(session: Session, *, actor: Account, query: str) -> dict[str, Any]:
    """Everything about a caller on one screen, by phone or ID number (ID numbers masked)."""
    _require_staff(actor)
    errors: dict[str, str] = {}
    text = (query or '').strip()
    digits = re.sub(r'[\s.\-]', '', text)
    if not re.fullmatch(r'\+?\d{9,13}', digits):
        raise ValidationFailed('lookup_query_invalid', field='query')
    phone = normalize_phone(digits)
    account = _caller_account(session, phone, digits if len(digits) in (10, 12, 13) else None)
    _raise(errors)
    conditions = [Call.caller_phone == phone, Call.caller_id_number == digits]
    ticket_conditions = [Ticket.requester_phone == phone]
    if account:
        conditions.append(Call.account_id == account.id)
        ticket_conditions.append(Ticket.requester_account_id == account.id)
    calls = session.execute(select(Call).where(or_(*conditions)).order_by(Call.started_at.desc()).limit(20)).scalars().all()
    tickets = session.execute(select(Ticket).where(or_(*ticket_conditions)).order_by(Ticket.created_at.desc())
                              .limit(20)).scalars().all()
    dossiers = []
    if account:
        from models.catalog import Procedure
        dossiers = session.execute(select(Dossier, Procedure.name).join(Procedure, Procedure.id == Dossier.procedure_id)
                                   .where(Dossier.applicant_id == account.id, Dossier.status != 0)
                                   .order_by(Dossier.submitted_at.desc()).limit(20)).all()
    payments = []
    if account:
        from domain.payments import payment_history
        payments = [{'code': p['order'].code, 'status': p['order'].status, 'amount': p['order'].amount,
                     'description': p['payable'].description, 'at': p['order'].created_at, 'receipt': p['receipt'],
                     'refund_due': p['order'].refund_due}
                    for p in payment_history(session, actor=account, limit=10)]
    record_event(session, action='caller.lookup', entity='account', entity_id=account.id if account else None,
                 actor_id=actor.id)
    session.commit()
    return {
        'payments': payments,
        'account': None if account is None else {
            'id': account.id, 'name': account.full_name, 'kind': account.kind,
            'id_number': mask_id_number(account.id_number), 'phone': mask_phone(account.phone),
            'email': account.email, 'created_at': account.created_at},
        'dossiers': [{'id': d.id, 'code': d.code, 'status': d.status, 'procedure': name, 'due_date': d.due_date,
                      'fee_vnd': d.fee_vnd, 'fee_paid': d.fee_paid} for d, name in dossiers],
        'calls': list(calls), 'tickets': list(tickets),
    }


# ---------------------------------------------------------------- tickets

def sla_due(priority: str, opened: datetime) -> datetime:
    return opened + timedelta(hours=SLA_HOURS[priority])


def is_breached(ticket: Ticket, now: datetime | None = None) -> bool:
    return ticket.status in ACTIVE and as_utc(ticket.sla_due_at) < (now or now_utc())


def _new_code(session: Session, at: datetime) -> str:
    day = to_local(at).date()
    return f'YC-{day:%y%m%d}-{next_value(session, "ticket", day.strftime("%y%m%d")):04d}'


def open_ticket(session: Session, *, actor: Account, data: TicketCreate, source: str = 'phone',
                at: datetime | None = None) -> Ticket:
    """An agent opens a ticket, from a call or directly."""
    _require_staff(actor)
    return _create_ticket(session, actor=actor, data=data, source=source, at=at)


def request_support(session: Session, *, actor: Account, subject: str, description: str, category: str = 'other',
                    dossier_code: str | None = None) -> Ticket:
    """A citizen's support request from the portal becomes a ticket."""
    if actor is None or actor.role not in ('citizen', 'enterprise'):
        raise PermissionDenied('applicants_only')
    data = TicketCreate(subject=subject, description=description, category=category, priority='normal',
                        requester_account_id=actor.id, dossier_code=dossier_code)
    return _create_ticket(session, actor=actor, data=data, source='portal', at=None)


def _create_ticket(session: Session, *, actor: Account, data: TicketCreate, source: str,
                   at: datetime | None) -> Ticket:
    errors: dict[str, str] = {}
    subject = _text(data.subject, 'subject', required=True, limit=200, errors=errors)
    description = _text(data.description, 'description', required=True, errors=errors)
    if data.category not in CATEGORIES:
        errors['category'] = 'option_invalid'
    if data.priority not in PRIORITIES:
        errors['priority'] = 'option_invalid'
    queue = data.queue or CATEGORY_QUEUE.get(data.category, 'general')
    if queue not in QUEUES:
        errors['queue'] = 'option_invalid'
    requester_phone, _ = _clean_caller(data.requester_phone, None, errors)
    requester_name = _text(data.requester_name, 'requester_name', limit=120, errors=errors)
    dossier_id = None
    if data.dossier_code:
        dossier = session.execute(select(Dossier).where(Dossier.code == data.dossier_code.strip().upper())) \
            .scalar_one_or_none()
        if dossier is None or (actor.role in ('citizen', 'enterprise') and dossier.applicant_id != actor.id):
            errors['dossier_code'] = 'dossier_not_found'
        else:
            dossier_id = dossier.id
    if data.assignee_id is not None:
        assignee = session.get(Account, data.assignee_id)
        if assignee is None or not can_work_tickets(assignee):
            errors['assignee_id'] = 'assignee_invalid'
    if data.requester_account_id is not None and session.get(Account, data.requester_account_id) is None:
        errors['requester_account_id'] = 'account_not_found'
    if data.call_id is not None and session.get(Call, data.call_id) is None:
        errors['call_id'] = 'call_not_found'
    _raise(errors)
    opened = at or now_utc()
    requester = session.get(Account, data.requester_account_id) if data.requester_account_id else None
    ticket = Ticket(code=_new_code(session, opened), subject=subject, description=description, category=data.category,
                    priority=data.priority, queue=queue, source=source, assignee_id=data.assignee_id,
                    requester_account_id=data.requester_account_id,
                    requester_name=requester_name or (requester.full_name if requester else None),
                    requester_phone=requester_phone or (requester.phone if requester else None),
                    call_id=data.call_id, dossier_id=dossier_id, payment_ref=(data.payment_ref or '').strip()[:48] or None,
                    sla_due_at=sla_due(data.priority, opened), created_at=opened, updated_at=opened)
    session.add(ticket)
    session.flush()
    if data.call_id is not None:
        call = session.get(Call, data.call_id)
        call.ticket_id = ticket.id
    session.add(TicketEvent(ticket_id=ticket.id, at=opened, actor_id=actor.id, kind='created', public=True,
                            body=description, to_status='new'))
    record_event(session, action='ticket.created', entity='ticket', entity_id=ticket.id, actor_id=actor.id,
                 detail={'source': source, 'category': data.category, 'priority': data.priority})
    bump_counter(session, 'tickets_opened', day=to_local(opened).date(), dim1=data.category, dim2=source)
    session.commit()
    events.publish(TOPIC)
    return ticket


def _load(session: Session, ticket_id: int, actor: Account | None, version: int | None = None) -> Ticket:
    """The ticket as it is now; a writer that names the version it saw is told at once if it changed
    since (before judging the change against a status the writer never saw)."""
    ticket = session.get(Ticket, ticket_id, populate_existing=True)
    if ticket is None or not can_view_ticket(actor, ticket):
        raise NotFound('ticket_not_found')
    if version is not None and version != ticket.version:
        raise Conflict('ticket_changed')
    return ticket


def _write(session: Session, *, ticket: Ticket, actor: Account, version: int | None, values: dict[str, Any],
           event: TicketEvent | None, audit: str, at: datetime,
           also: Callable[[Ticket], None] | None = None) -> Ticket:
    """The one write path: version check, ticket update, event, audit, rollups, one commit."""
    if version is not None and version != ticket.version:
        raise Conflict('ticket_changed')
    from_status = ticket.status
    versioned_update(session, Ticket, row_id=ticket.id, version=ticket.version, conflict_code='ticket_changed',
                     values={'updated_at': at, **values})
    session.refresh(ticket)
    if event is not None:
        event.ticket_id, event.at, event.actor_id = ticket.id, at, actor.id
        session.add(event)
    record_event(session, action=audit, entity='ticket', entity_id=ticket.id, actor_id=actor.id,
                 detail={'from': from_status, 'to': ticket.status})
    if also:
        also(ticket)
    session.commit()
    events.publish(TOPIC)
    return ticket


def _status_values(ticket: Ticket, to: str, at: datetime) -> dict[str, Any]:
    if to not in TRANSITIONS[ticket.status]:
        raise InvalidTransition('ticket_status_not_allowed', status=ticket.status, to=to)
    values: dict[str, Any] = {'status': to}
    if to == 'resolved':
        values['resolved_at'] = at
    elif to == 'closed':
        values['closed_at'] = at
    elif ticket.status == 'resolved' and to == 'open':  # reopened
        values['resolved_at'] = None
    return values


def _resolution_counters(session: Session, ticket: Ticket, before: str, to: str, at: datetime) -> None:
    """`ticket` is already written: `before` is the status it left."""
    day = to_local(at).date()
    if to == 'resolved':
        bump_counter(session, 'tickets_resolved', day=day, dim1=ticket.category,
                     dim2='within_sla' if at <= as_utc(ticket.sla_due_at) else 'breached')
    elif to == 'open' and before == 'resolved':
        bump_counter(session, 'tickets_reopened', day=day, dim1=ticket.category)


def change_status(session: Session, *, actor: Account, ticket_id: int, to: str, version: int | None = None,
                  note: str | None = None, at: datetime | None = None) -> Ticket:
    _require_staff(actor)
    at = at or now_utc()
    ticket = _load(session, ticket_id, actor, version)
    if to not in TRANSITIONS:
        raise ValidationFailed('option_invalid', field='status')
    values = _status_values(ticket, to, at)
    errors: dict[str, str] = {}
    body = _text(note, 'note', errors=errors)
    _raise(errors)
    before = ticket.status
    requester = ticket.requester_account_id
    return _write(session, ticket=ticket, actor=actor, version=version, values=values, at=at,
                  event=TicketEvent(ticket_id=ticket.id, kind='status', public=True, body=body, from_status=before,
                                    to_status=to),
                  audit=f'ticket.{to}',
                  also=lambda t: (_resolution_counters(session, t, before, to, at) if to in ('resolved', 'open') and
                                  (to == 'resolved' or before == 'resolved') else None,
                                  _notify_requester(session, t, requester, f'ticket_{to}', at)))


def _notify_requester(session: Session, ticket: Ticket, account_id: int | None, kind: str, at: datetime) -> None:
    if account_id is not None and kind in ('ticket_resolved', 'ticket_pending_citizen', 'ticket_reply'):
        notify(session, account_id=account_id, kind=kind, params={'code': ticket.code}, at=at)


def reply(session: Session, *, actor: Account, ticket_id: int, body: str, public: bool = True,
          version: int | None = None, at: datetime | None = None) -> Ticket:
    """A reply the citizen sees, or an internal note they never see. A citizen's reply reopens
    a ticket waiting for them."""
    at = at or now_utc()
    ticket = _load(session, ticket_id, actor, version)
    errors: dict[str, str] = {}
    text = _text(body, 'body', required=True, errors=errors)
    _raise(errors)
    values: dict[str, Any] = {}
    if can_work_tickets(actor):
        if public and ticket.first_response_at is None:
            values['first_response_at'] = at
        if ticket.status == 'new':
            values['status'] = 'open'
        kind = 'reply' if public else 'note'
    elif actor.id == ticket.requester_account_id:
        if not public:
            raise PermissionDenied('callcentre_only')
        if ticket.status == 'closed':
            raise InvalidTransition('ticket_closed')
        if ticket.status in ('pending_citizen', 'resolved'):
            values |= _status_values(ticket, 'open', at)
        kind = 'citizen_reply'
    else:
        raise PermissionDenied('callcentre_only')
    requester = ticket.requester_account_id
    return _write(session, ticket=ticket, actor=actor, version=version, values=values, at=at,
                  event=TicketEvent(ticket_id=ticket.id, kind=kind, public=public, body=text,
                                    from_status=ticket.status, to_status=values.get('status', ticket.status)),
                  audit=f'ticket.{kind}',
                  also=lambda t: _notify_requester(session, t, requester, 'ticket_reply', at) if kind == 'reply'
                  else None)


def assign(session: Session, *, actor: Account, ticket_id: int, assignee_id: int | None,
           version: int | None = None) -> Ticket:
    """An agent takes a ticket for themself; a supervisor (re)assigns to anyone."""
    _require_staff(actor)
    ticket = _load(session, ticket_id, actor, version)
    if assignee_id != actor.id and not can_supervise(actor):
        raise PermissionDenied('supervisor_only')
    if assignee_id is not None:
        assignee = session.get(Account, assignee_id)
        if assignee is None or not can_work_tickets(assignee):
            raise ValidationFailed('assignee_invalid', field='assignee_id')
    values: dict[str, Any] = {'assignee_id': assignee_id}
    if ticket.status == 'new' and assignee_id is not None:
        values['status'] = 'open'
    return _write(session, ticket=ticket, actor=actor, version=version, values=values, at=now_utc(),
                  event=TicketEvent(ticket_id=ticket.id, kind='assign', public=False,
                                    detail={'from': ticket.assignee_id, 'to': assignee_id}),
                  audit='ticket.assigned')


def escalate(session: Session, *, actor: Account, ticket_id: int, agency_code: str, note: str,
             version: int | None = None, at: datetime | None = None) -> Ticket:
    """Hand the question to an agency; it answers in the agency console."""
    _require_staff(actor)
    at = at or now_utc()
    ticket = _load(session, ticket_id, actor, version)
    errors: dict[str, str] = {}
    text = _text(note, 'note', required=True, errors=errors)
    agency = session.execute(select(Agency).where(Agency.code == agency_code)).scalar_one_or_none()
    if agency is None:
        errors['agency_code'] = 'agency_invalid'
    _raise(errors)
    values = _status_values(ticket, 'pending_agency', at) if ticket.status != 'pending_agency' else {}
    values['escalated_agency_id'] = agency.id
    return _write(session, ticket=ticket, actor=actor, version=version, values=values, at=at,
                  event=TicketEvent(ticket_id=ticket.id, kind='escalate', public=False, body=text,
                                    from_status=ticket.status, to_status='pending_agency',
                                    detail={'agency': agency.code}),
                  audit='ticket.escalated')


def agency_answer(session: Session, *, actor: Account, ticket_id: int, body: str, version: int | None = None,
                  at: datetime | None = None) -> Ticket:
    """An officer of the agency the ticket was escalated to answers; the ticket goes back to the call centre."""
    at = at or now_utc()
    ticket = _load(session, ticket_id, actor, version)
    if actor.role != 'officer' or ticket.escalated_agency_id != actor.agency_id:
        raise PermissionDenied('officer_of_agency_only')
    if ticket.status != 'pending_agency':
        raise InvalidTransition('ticket_not_with_agency')
    errors: dict[str, str] = {}
    text = _text(body, 'body', required=True, errors=errors)
    _raise(errors)
    return _write(session, ticket=ticket, actor=actor, version=version, values=_status_values(ticket, 'open', at),
                  at=at, event=TicketEvent(ticket_id=ticket.id, kind='agency_answer', public=False, body=text,
                                           from_status='pending_agency', to_status='open'),
                  audit='ticket.agency_answered')


def merge_tickets(session: Session, *, actor: Account, duplicate_id: int, into_id: int,
                  version: int | None = None) -> Ticket:
    """A supervisor folds a duplicate into the ticket that carries on."""
    if not can_supervise(actor):
        raise PermissionDenied('supervisor_only')
    if duplicate_id == into_id:
        raise ValidationFailed('merge_into_itself', field='into')
    duplicate = _load(session, duplicate_id, actor, version)
    target = _load(session, into_id, actor)
    if duplicate.status == 'closed' or target.status == 'closed':
        raise InvalidTransition('ticket_closed')
    at = now_utc()
    session.add(TicketEvent(ticket_id=target.id, at=at, actor_id=actor.id, kind='merge', public=False,
                            body=duplicate.description, detail={'merged': duplicate.code}))
    return _write(session, ticket=duplicate, actor=actor, version=version, at=at,
                  values={'status': 'closed', 'closed_at': at, 'merged_into_id': target.id},
                  event=TicketEvent(ticket_id=duplicate.id, kind='merge', public=True, from_status=duplicate.status,
                                    to_status='closed', detail={'into': target.code}),
                  audit='ticket.merged')


def rate_ticket(session: Session, *, actor: Account, ticket_id: int, score: int, comment: str | None = None) -> Ticket:
    """The citizen rates the resolution once (CSAT 1-5)."""
    ticket = _load(session, ticket_id, actor)
    if actor.id != ticket.requester_account_id:
        raise PermissionDenied('requester_only')
    if ticket.status not in ('resolved', 'closed') or ticket.merged_into_id is not None:
        raise InvalidTransition('rating_not_open')
    if ticket.csat is not None:
        raise Conflict('already_rated')
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationFailed('score_invalid', field='score')
    errors: dict[str, str] = {}
    text = _text(comment, 'comment', errors=errors)
    _raise(errors)
    at = now_utc()
    day = to_local(at).date()
    return _write(session, ticket=ticket, actor=actor, version=None, at=at,
                  values={'csat': score, 'csat_comment': text},
                  event=TicketEvent(ticket_id=ticket.id, kind='rating', public=True, body=text, detail={'score': score}),
                  audit='ticket.rated',
                  also=lambda t: (bump_counter(session, 'csat_count', day=day),
                                  bump_counter(session, 'csat_sum', day=day, by=score)))


# ---------------------------------------------------------------- reading

def ticket_view(session: Session, *, actor: Account, ticket_id: int) -> dict[str, Any]:
    ticket = _load(session, ticket_id, actor)
    internal = sees_internal_notes(actor, ticket)
    statement = select(TicketEvent).where(TicketEvent.ticket_id == ticket.id)
    if not internal:
        statement = statement.where(TicketEvent.public.is_(True))
    timeline = session.execute(statement.order_by(TicketEvent.at, TicketEvent.id)).scalars().all()
    people = {a.id: a.full_name for a in session.execute(select(Account).where(Account.id.in_(
        {e.actor_id for e in timeline if e.actor_id} | ({ticket.assignee_id} if ticket.assignee_id else set())))).scalars()}
    dossier = session.get(Dossier, ticket.dossier_id) if ticket.dossier_id else None
    agency = session.get(Agency, ticket.escalated_agency_id) if ticket.escalated_agency_id else None
    merged_into = session.get(Ticket, ticket.merged_into_id) if ticket.merged_into_id else None
    requester = session.get(Account, ticket.requester_account_id) if ticket.requester_account_id else None
    return {'ticket': ticket, 'events': list(timeline), 'people': people, 'internal': internal,
            'dossier_code': dossier.code if dossier else None, 'agency': agency,
            'merged_into': merged_into.code if merged_into else None,
            'requester_id_masked': mask_id_number(requester.id_number) if requester and internal else None,
            'requester_phone_masked': mask_phone(ticket.requester_phone) if internal else None,
            'next_statuses': sorted(TRANSITIONS[ticket.status]) if can_work_tickets(actor) else [],
            'breached': is_breached(ticket)}


def list_tickets(session: Session, *, actor: Account, view: str = 'team', status: str | None = None,
                 category: str | None = None, priority: str | None = None, q: str = '', page: int = 1,
                 page_size: int = 25) -> tuple[list[Ticket], int]:
    """Queues: mine, unassigned, team (all open work), overdue, all."""
    _require_staff(actor)
    if view not in ('mine', 'unassigned', 'team', 'overdue', 'all'):
        raise ValidationFailed('option_invalid', field='view')
    if page < 1 or not 1 <= page_size <= 100:
        raise ValidationFailed('page_invalid', field='page')
    conditions = []
    if view == 'mine':
        conditions += [Ticket.assignee_id == actor.id, Ticket.status.in_(ACTIVE + ('resolved',))]
    elif view == 'unassigned':
        conditions += [Ticket.assignee_id.is_(None), Ticket.status.in_(ACTIVE)]
    elif view == 'team':
        conditions.append(Ticket.status.in_(ACTIVE))
    elif view == 'overdue':
        conditions += [Ticket.status.in_(ACTIVE), Ticket.sla_due_at < now_utc()]
    for column, value, allowed in ((Ticket.status, status, TRANSITIONS), (Ticket.category, category, CATEGORIES),
                                   (Ticket.priority, priority, PRIORITIES)):
        if value:
            if value not in allowed:
                raise ValidationFailed('option_invalid')
            conditions.append(column == value)
    text = (q or '').strip()
    if text:
        like = f'%{text}%'
        conditions.append(or_(Ticket.code.ilike(like), Ticket.subject.ilike(like), Ticket.requester_name.ilike(like),
                              Ticket.requester_phone.like(like)))
    statement = select(Ticket).where(and_(*conditions)) if conditions else select(Ticket)
    total = session.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    order = (Ticket.sla_due_at,) if view in ('team', 'overdue', 'unassigned', 'mine') else (Ticket.created_at.desc(),)
    rows = session.execute(statement.order_by(*order).limit(page_size).offset((page - 1) * page_size)).scalars().all()
    return list(rows), int(total)


def my_tickets(session: Session, *, actor: Account) -> list[Ticket]:
    return list(session.execute(select(Ticket).where(Ticket.requester_account_id == actor.id)
                                .order_by(Ticket.created_at.desc())).scalars())


def agency_tickets(session: Session, *, actor: Account) -> list[Ticket]:
    if actor is None or actor.role != 'officer' or actor.agency_id is None:
        raise PermissionDenied('officer_of_agency_only')
    return list(session.execute(select(Ticket).where(Ticket.escalated_agency_id == actor.agency_id)
                                .order_by(Ticket.status != 'pending_agency', Ticket.updated_at.desc())
                                .limit(100)).scalars())


def list_macros(session: Session, *, actor: Account) -> list[Macro]:
    _require_staff(actor)
    return list(session.execute(select(Macro).order_by(Macro.title)).scalars())


def staff_directory(session: Session, *, actor: Account) -> list[Account]:
    _require_staff(actor)
    return list(session.execute(select(Account).where(Account.role.in_(('agent', 'supervisor')),
                                                      Account.active.is_(True)).order_by(Account.full_name)).scalars())


# ---------------------------------------------------------------- wallboard and reports

def wallboard(session: Session, *, actor: Account, now: datetime | None = None) -> dict[str, Any]:
    """Today's figures for supervisors (Vietnam's calendar day)."""
    if not can_supervise(actor):
        raise PermissionDenied('supervisor_only')
    now = now or now_utc()
    start = datetime.combine(now.astimezone(VN_TZ).date(), datetime.min.time(), VN_TZ)
    today = session.execute(select(func.count(Call.id), func.avg(Call.duration_seconds),
                                   func.sum(func.cast(Call.outcome == 'resolved', Call.id.type)))
                            .where(Call.started_at >= start, Call.ended_at.is_not(None))).one()
    in_progress = session.execute(select(func.count(Call.id)).where(Call.ended_at.is_(None))).scalar_one()
    open_tickets = session.execute(select(func.count(Ticket.id)).where(Ticket.status.in_(ACTIVE))).scalar_one()
    breaches = session.execute(select(func.count(Ticket.id)).where(Ticket.status.in_(ACTIVE),
                                                                   Ticket.sla_due_at < now)).scalar_one()
    csat = session.execute(select(func.avg(Ticket.csat), func.count(Ticket.csat))
                           .where(Ticket.csat.is_not(None), Ticket.updated_at >= now - timedelta(days=30))).one()
    tickets_today = session.execute(select(func.count(Ticket.id)).where(Ticket.created_at >= start)).scalar_one()
    calls_today, avg_seconds, resolved_first = today
    return {
        'calls_today': int(calls_today or 0), 'calls_in_progress': int(in_progress), 'open_tickets': int(open_tickets),
        'sla_breaches': int(breaches), 'tickets_today': int(tickets_today),
        'average_handling_seconds': int(round(avg_seconds or 0)),
        'first_contact_resolution': round(100 * (resolved_first or 0) / calls_today, 1) if calls_today else None,
        'csat': round(float(csat[0]), 2) if csat[0] is not None else None, 'csat_responses': int(csat[1] or 0),
    }


def report(session: Session, *, actor: Account, since: date, until: date) -> dict[str, list[dict[str, Any]]]:
    """Calls and tickets by day, by category and by agent, over raw rows of the period."""
    if not can_supervise(actor):
        raise PermissionDenied('supervisor_only')
    if until < since or (until - since).days > 400:
        raise ValidationFailed('period_invalid', field='until')
    start = datetime.combine(since, datetime.min.time(), VN_TZ)
    end = datetime.combine(until + timedelta(days=1), datetime.min.time(), VN_TZ)
    calls = session.execute(select(Call.started_at, Call.category, Call.outcome, Call.duration_seconds, Call.agent_id)
                            .where(Call.started_at >= start, Call.started_at < end, Call.ended_at.is_not(None))).all()
    tickets = session.execute(select(Ticket.created_at, Ticket.category, Ticket.status, Ticket.assignee_id,
                                     Ticket.csat, Ticket.resolved_at, Ticket.sla_due_at)
                              .where(Ticket.created_at >= start, Ticket.created_at < end)).all()
    names = dict(session.execute(select(Account.id, Account.full_name).where(Account.role.in_(
        ('agent', 'supervisor', 'admin')))).all())
    by_day: dict[date, dict[str, Any]] = {}
    by_category: dict[str, dict[str, Any]] = {}
    by_agent: dict[int, dict[str, Any]] = {}

    def row(table: dict, key, label: dict) -> dict:
        return table.setdefault(key, label | {'calls': 0, 'call_seconds': 0, 'resolved_first': 0, 'tickets': 0,
                                              'tickets_resolved': 0, 'within_sla': 0, 'csat_sum': 0, 'csat_count': 0})

    for started, category, outcome, seconds, agent in calls:
        for target in (row(by_day, to_local(started).date(), {'day': to_local(started).date()}),
                       row(by_category, category, {'category': category}),
                       row(by_agent, agent, {'agent': names.get(agent, str(agent))})):
            target['calls'] += 1
            target['call_seconds'] += seconds or 0
            target['resolved_first'] += outcome == 'resolved'
    for created, category, status, assignee, csat, resolved, due in tickets:
        targets = [row(by_day, to_local(created).date(), {'day': to_local(created).date()}),
                   row(by_category, category, {'category': category})]
        if assignee:
            targets.append(row(by_agent, assignee, {'agent': names.get(assignee, str(assignee))}))
        for target in targets:
            target['tickets'] += 1
            target['tickets_resolved'] += resolved is not None
            target['within_sla'] += resolved is not None and as_utc(resolved) <= as_utc(due)
            if csat:
                target['csat_sum'] += csat
                target['csat_count'] += 1

    def finish(rows: list[dict]) -> list[dict]:
        for r in rows:
            r['average_handling_seconds'] = round(r['call_seconds'] / r['calls']) if r['calls'] else 0
            r['first_contact_resolution'] = round(100 * r['resolved_first'] / r['calls'], 1) if r['calls'] else None
            r['sla_met'] = round(100 * r['within_sla'] / r['tickets_resolved'], 1) if r['tickets_resolved'] else None
            r['csat'] = round(r['csat_sum'] / r['csat_count'], 2) if r['csat_count'] else None
            for key in ('call_seconds', 'resolved_first', 'within_sla', 'csat_sum', 'csat_count'):
                r.pop(key)
        return rows
    return {'by_day': finish([by_day[k] for k in sorted(by_day)]),
            'by_category': finish(sorted(by_category.values(), key=lambda r: -r['calls'] - r['tickets'])),
            'by_agent': finish(sorted(by_agent.values(), key=lambda r: r['agent']))}
