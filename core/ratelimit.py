"""A small in-process sliding-window rate limiter (per instance)."""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from core.errors import RateLimited


class RateLimiter:
    def __init__(self, limit: int, window_seconds: float) -> None:
        self.limit = limit
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, key: str, *, code: str = 'rate_limited') -> None:
        """Count one hit for `key`; raise RateLimited (with Retry-After) past the limit."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                raise RateLimited(code, retry_after=int(hits[0] + self.window - now) + 1)
            hits.append(now)
            if len(self._hits) > 50_000:  # forget idle keys so memory stays bounded
                for stale in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window][:25_000]:
                    del self._hits[stale]

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


# Public dossier tracking: enough for a person, too few to guess codes and ID numbers.
tracking_limiter = RateLimiter(limit=20, window_seconds=60)
