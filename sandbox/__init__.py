"""A sandbox payment gateway that ships with the portal and plays the bank.

It speaks the same protocol as the real gateway (HMAC-SHA256-signed parameters, a browser
return, a signed server-to-server notification retried until acknowledged, a status query
and a settlement file), so the whole payment flow runs on one machine. It is a separate
system by design: it shares no code with `domain/payments.py` except the signing helpers.
"""
from __future__ import annotations


def mount(app) -> None:
    from sandbox import gateway, pages

    gateway.mount(app)
    pages.mount()
