"""In-portal notifications and the e-mail outbox (a background sender delivers it when SMTP
is configured)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session

from core.clock import now_utc
from core.i18n import t
from models.accounts import Account
from models.dossiers import EmailMessage, Notification


def notify(session: Session, *, account_id: int, kind: str, params: dict[str, Any], dossier=None,
           at: datetime | None = None) -> Notification:
    """Add a notification (and an e-mail when the account has an address) in the caller's transaction."""
    note = Notification(account_id=account_id, dossier_id=getattr(dossier, 'id', None), kind=kind, params=params,
                        created_at=at or now_utc())
    session.add(note)
    account = session.get(Account, account_id)
    if account is not None and account.email:
        lang = account.language
        session.add(EmailMessage(to_address=account.email, subject=t('portal.name', lang) + ': ' +
                                 t(f'notify.{kind}', lang, **params).split('.')[0],
                                 body=t(f'notify.{kind}', lang, **params), created_at=at or now_utc()))
    return note


def list_notifications(session: Session, *, account_id: int, limit: int = 30) -> list[Notification]:
    return list(session.execute(select(Notification).where(Notification.account_id == account_id)
                                .order_by(Notification.created_at.desc(), Notification.id.desc())
                                .limit(limit)).scalars())


def unread_count(session: Session, *, account_id: int) -> int:
    return int(session.execute(select(func.count(Notification.id)).where(
        Notification.account_id == account_id, Notification.read_at.is_(None))).scalar_one())


def mark_all_read(session: Session, *, account_id: int) -> None:
    session.execute(update(Notification).where(Notification.account_id == account_id, Notification.read_at.is_(None))
                    .values(read_at=now_utc()))
    session.commit()


def pending_emails(session: Session, *, limit: int = 50, max_attempts: int = 5) -> list[EmailMessage]:
    return list(session.execute(select(EmailMessage).where(EmailMessage.sent_at.is_(None),
                                                           EmailMessage.attempts < max_attempts)
                                .order_by(EmailMessage.id).limit(limit)).scalars())


def mark_email(session: Session, *, message_id: int, error: str | None) -> None:
    message = session.get(EmailMessage, message_id)
    if message is None:
        return
    message.attempts += 1
    if error is None:
        message.sent_at = now_utc()
    else:
        message.last_error = error[:300]
    session.commit()


def deliver_pending(session: Session, send, *, limit: int = 50) -> tuple[int, int]:
    """Hand queued e-mails to `send(to, subject, body)`; a failure is retried later (5 tries).

    Returns (sent, failed)."""
    sent = failed = 0
    for message in pending_emails(session, limit=limit):
        try:
            send(message.to_address, message.subject, message.body)
        except Exception as error:  # any transport failure: keep the message for a later try
            mark_email(session, message_id=message.id, error=f'{type(error).__name__}: {error}')
            failed += 1
        else:
            mark_email(session, message_id=message.id, error=None)
            sent += 1
    return sent, failed
