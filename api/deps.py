"""Dependencies shared by routers."""
from __future__ import annotations

from collections.abc import AsyncIterator

import orjson
from fastapi import Request
from sqlmodel import Session

from core.db import session_scope
from core.errors import ValidationFailed


async def db_session() -> AsyncIterator[Session]:
    """One session per request, opened and closed on the event loop: opening does no I/O and
    closing hands the connection back to the pool, where a plain generator cost two hops to a
    worker thread on every request (bench/README.md, "JSON API")."""
    with session_scope() as session:
        yield session


async def strict_json(request: Request) -> None:
    """A JSON body must be JSON as RFC 8259 has it (what orjson reads): Python's json module also
    lets through lone surrogates, NaN and Infinity, which nothing downstream can store or sign."""
    if request.headers.get('content-type', '').startswith('application/json'):
        try:
            orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            raise ValidationFailed('invalid_json') from None
