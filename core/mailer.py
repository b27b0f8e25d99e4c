"""Sending e-mail through the configured SMTP server (none configured: mail stays queued)."""
from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

from core.settings import Settings


def smtp_sender(settings: Settings) -> Callable[[str, str, str], None] | None:
    if not settings.smtp_host:
        return None

    def send(to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message['From'] = settings.smtp_from
        message['To'] = to
        message['Subject'] = subject
        message.set_content(body)
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=20) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password or '')
            smtp.send_message(message)
    return send
