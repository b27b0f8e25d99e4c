"""Values read from the database that many page loads share (the home page's figures, the public
statistics, a procedure's published details), kept for a few seconds and dropped as soon as a
change notice moves one of their topics (core.events) or the database engine is replaced.

Thread-safe enough for its use: two threads missing at once both compute, the last one stays."""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from core import events
from core.db import get_engine


class Memo:
    def __init__(self, *topics: str, seconds: float, entries: int = 256) -> None:
        self.topics, self.seconds, self.entries = topics, seconds, entries
        self._values: OrderedDict[Hashable, tuple[object, tuple[int, ...], float, Any]] = OrderedDict()

    _MISS = object()

    def _cached(self, key: Hashable) -> Any:
        hit = self._values.get(key)
        if hit is not None and hit[0] is get_engine() and hit[1] == events.version(*self.topics) \
                and time.monotonic() - hit[2] < self.seconds:
            return hit[3]
        return self._MISS

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        value = self._cached(key)
        if value is not self._MISS:
            return value
        # the version is taken before computing: a change during the read leaves the entry stale
        engine, version, now = get_engine(), events.version(*self.topics), time.monotonic()
        value = compute()
        self._values[key] = (engine, version, now, value)
        self._values.move_to_end(key)
        while len(self._values) > self.entries:
            self._values.popitem(last=False)
        return value

    async def get_async(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """`get` for the event loop: a kept value is returned at once; only a miss goes to a worker
        thread to read the database (handing every page load to a thread cost more than the read)."""
        value = self._cached(key)
        if value is not self._MISS:
            return value
        return await asyncio.to_thread(self.get, key, compute)

    def clear(self) -> None:
        self._values.clear()
