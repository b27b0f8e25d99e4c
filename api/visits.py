"""Visits counted per day and area by middleware, flushed to the rollup every few seconds.

A visit is a page load (an HTML GET outside NiceGUI's own and machine routes). Counting in
memory and flushing in batches keeps the request path free of database writes.
"""
from __future__ import annotations

import asyncio
import logging
from collections import Counter

from core.clock import today_local
from core.db import session_scope
from domain.stats import record_visits

log = logging.getLogger('portal.visits')

FLUSH_SECONDS = 5.0
_SKIP_PREFIXES = ('/_nicegui', '/static', '/favicon', '/healthz', '/openapi.json', '/docs', '/redoc')
_AREAS = (('/agency', 'agency'), ('/callcenter', 'callcenter'), ('/dashboards', 'dashboards'), ('/admin', 'admin'),
          ('/api/', 'api'), ('/oidc', 'api'), ('/open311', 'api'))


class VisitCounter:
    pending: Counter = Counter()

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope['type'] == 'http' and scope['method'] == 'GET':
            path: str = scope['path']
            if not path.startswith(_SKIP_PREFIXES):
                area = next((name for prefix, name in _AREAS if path.startswith(prefix)), 'portal')
                VisitCounter.pending[(today_local(), area)] += 1
        await self.app(scope, receive, send)


def flush_visits() -> None:
    if not VisitCounter.pending:
        return
    counts, VisitCounter.pending = dict(VisitCounter.pending), Counter()
    try:
        with session_scope() as session:
            record_visits(session, counts)
    except Exception:  # a failed flush must not lose the counts
        log.exception('could not record visits; keeping them for the next flush')
        VisitCounter.pending.update(counts)


async def flush_loop() -> None:
    while True:
        await asyncio.sleep(FLUSH_SECONDS)
        await asyncio.to_thread(flush_visits)
