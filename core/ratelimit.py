"""A small in-process sliding-window rate limiter (per instance), and the portal's limits.

Every refusal raises RateLimited (429 with `Retry-After` in the API, the wait shown on pages) and
is logged with the limiter's name and key (an address or a client id, never personal data).
"""
from __future__ import annotations

import logging
import threading
import time
import weakref
from collections import defaultdict, deque

from core.errors import RateLimited

log = logging.getLogger('portal.ratelimit')
PRUNE_FROM = 50_000  # keys remembered before idle ones are forgotten
_ALL: weakref.WeakSet[RateLimiter] = weakref.WeakSet()


class RateLimiter:
    def __init__(self, limit: int, window_seconds: float, *, name: str = 'rate limit') -> None:
        self.limit = limit
        self.window = window_seconds
        self.name = name
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._prune_at = PRUNE_FROM
        self._lock = threading.Lock()
        _ALL.add(self)

    def _wait(self, hits: deque[float], now: float) -> int:
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return int(hits[0] + self.window - now) + 1 if len(hits) >= self.limit else 0

    def check(self, key: str, *, code: str = 'rate_limited') -> None:
        """Count one hit for `key`; raise RateLimited (with Retry-After) past the limit."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            wait = self._wait(hits, now)
            if not wait:
                hits.append(now)
                if len(self._hits) > self._prune_at:
                    self._forget_idle(now)
        if wait:
            self.refuse(key, wait, code)

    def _forget_idle(self, now: float) -> None:
        """Drop keys with no hit inside the window, so memory follows the addresses active in the
        last window. The next pruning waits until the table has doubled from what is left: pruning
        again at a fixed size would scan every key on every hit while more than that many
        addresses are active (a crowd, or an attacker with many addresses)."""
        for stale in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]:
            del self._hits[stale]
        self._prune_at = max(PRUNE_FROM, 2 * len(self._hits))

    @property
    def keys(self) -> int:
        """How many keys are remembered."""
        return len(self._hits)

    def count(self, key: str) -> None:
        """Count one hit for `key` without refusing this one (failures: the next attempt pays)."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[key]
            self._wait(hits, now)
            hits.append(now)
            if len(self._hits) > self._prune_at:
                self._forget_idle(now)

    def blocked_for(self, key: str) -> int:
        """Seconds until `key` may try again (0: free), without counting a hit."""
        now = time.monotonic()
        with self._lock:
            return self._wait(self._hits[key], now) if key in self._hits else 0

    def refuse(self, key: str, wait: int, code: str = 'rate_limited') -> None:
        log.warning('%s: %s over %d per %d s, refused (%s), retry after %d s', self.name, key, self.limit,
                    self.window, code, wait)
        raise RateLimited(code, retry_after=wait)

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()
            self._prune_at = PRUNE_FROM


def reset_all() -> None:
    """Forget every limiter's counts (tests start each case with fresh limits)."""
    for limiter in list(_ALL):
        limiter.reset()


# Public dossier tracking: enough for a person, too few to guess codes and ID numbers.
tracking_limiter = RateLimiter(limit=20, window_seconds=60, name='dossier tracking per address')
# Public search APIs (procedures, published feedback): a person or an office behind one address.
search_limiter = RateLimiter(limit=300, window_seconds=60, name='public search per address')
# The OpenID token endpoint: every request per address, issued tokens per client, and failed client
# authentications per address (the machine login: secrets are not guessed 20 at a time).
token_address_limiter = RateLimiter(limit=600, window_seconds=60, name='token endpoint per address')
token_client_limiter = RateLimiter(limit=300, window_seconds=60, name='token endpoint per client')
client_auth_failures = RateLimiter(limit=20, window_seconds=300, name='failed client authentication per address')
# Records sync per agency system (5,000 records a batch: 600 batches a minute is 50,000 records a second).
records_limiter = RateLimiter(limit=600, window_seconds=60, name='records API per client')
