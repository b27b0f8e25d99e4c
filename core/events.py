"""Change notices for live pages: a version per topic, bumped after a commit that moves it.

Live pages compare the versions they last drew with the current ones (a cheap, in-memory
read) and redraw when a topic moved. Publishing is thread-safe, so domain functions running
in worker threads can publish. Other instances' changes arrive through `bridge` (Redis
pub/sub or PostgreSQL LISTEN/NOTIFY) and bump the same versions.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

_versions: dict[str, int] = {}
_lock = threading.Lock()
_forwarders: list[Callable[[str], None]] = []


def publish(*topics: str, forward: bool = True) -> None:
    with _lock:
        for topic in topics:
            _versions[topic] = _versions.get(topic, 0) + 1
    if forward:
        for send in list(_forwarders):
            for topic in topics:
                send(topic)


def version(*topics: str) -> tuple[int, ...]:
    with _lock:
        return tuple(_versions.get(topic, 0) for topic in topics)


def add_forwarder(send: Callable[[str], None]) -> None:
    """Also hand each published topic to `send` (the cross-instance bridge)."""
    _forwarders.append(send)


def remove_forwarder(send: Callable[[str], None]) -> None:
    if send in _forwarders:
        _forwarders.remove(send)
