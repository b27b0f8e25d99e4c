"""The payment gateway's machine calls (status query, settlement file), signed with the
merchant secret. In sandbox mode the gateway lives in this same application, so the calls
go through the app itself instead of the network."""
from __future__ import annotations

import httpx

from core.security import fields_signed, sign_fields
from core.settings import get_settings

_local_app = None


def use_local_app(app) -> None:
    """Route gateway calls to the sandbox mounted in this app (sandbox mode)."""
    global _local_app
    _local_app = app


def client() -> httpx.AsyncClient:
    """An HTTP client for the gateway. In sandbox mode the call runs through this app in the
    caller's task, which replaces NiceGUI's request context: read what you need before it."""
    settings = get_settings()
    if settings.payment_sandbox and _local_app is not None:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=_local_app), base_url=settings.issuer, timeout=10)
    return httpx.AsyncClient(timeout=10)


def signed(fields: dict) -> dict:
    settings = get_settings()
    fields = {'merchant': settings.payment_merchant, **fields}
    return fields | {'signature': sign_fields(fields, settings.merchant_secret)}


async def query_order(order_code: str) -> dict | None:
    """The gateway's record of an order, or None if it has none or its answer is not signed."""
    async with client() as http:
        response = await http.post(get_settings().gateway_url + '/query', data=signed({'order': order_code}))
    if response.status_code != 200:
        return None
    answer = {str(k): str(v) for k, v in response.json().items()}
    return answer if fields_signed(answer, get_settings().merchant_secret) and answer.get('order') == order_code else None


async def settlement_file(day: str) -> str:
    async with client() as http:
        response = await http.get(get_settings().gateway_url + '/settlement', params=signed({'date': day}))
    response.raise_for_status()
    return response.text
