"""Values read from the database that many page loads share (the home page's figures, the public
statistics, a procedure's published details), kept for a few seconds and dropped as soon as a
change notice moves one of their topics (core.events) or the database engine is replaced.

Thread-safe enough for its use: two threads missing at once both compute, the last one stays."""
from __future__ import annotations

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

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        engine, version, now = get_engine(), events.version(*self.topics), time.monotonic()
        hit = self._values.get(key)
        if hit is not None and hit[0] is engine and hit[1] == version and now - hit[2] < self.seconds:
            return hit[3]
        value = compute()
        self._values[key] = (engine, version, now, value)
        self._values.move_to_end(key)
        while len(self._values) > self.entries:
            self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        self._values.clear()
