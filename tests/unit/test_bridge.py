"""Change notices cross between instances: a topic one instance publishes bumps the version
on the other (so its live pages redraw), once, and never echoes back to the sender."""
from __future__ import annotations

import os
import time
import uuid

import pytest

from core import events
from core.bridge import Bridge, bridge_for
from tests.conftest import PG_URL

REDIS_URL = os.environ.get('PORTAL_TEST_REDIS_URL', 'redis://127.0.0.1:6379/0')
TRANSPORTS = ['redis'] + (['postgresql'] if PG_URL else [])


def _pair(transport: str) -> tuple[Bridge, Bridge]:
    channel = f'test_{uuid.uuid4().hex[:12]}'
    if transport == 'redis':
        make = lambda: bridge_for(redis_url=REDIS_URL, database_url='sqlite://', channel=channel)  # noqa: E731
    else:
        make = lambda: bridge_for(redis_url=None, database_url=PG_URL, channel=channel)  # noqa: E731
    return make(), make()


def _wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.parametrize('transport', TRANSPORTS)
def test_a_topic_published_on_one_instance_moves_the_other(transport):
    one, other = _pair(transport)
    topic = f'tickets-{uuid.uuid4().hex[:6]}'
    for bridge in (one, other):
        bridge.start()
    try:
        # both listen before anything is sent (a pub/sub channel keeps nothing for latecomers)
        probe = f'probe-{uuid.uuid4().hex[:6]}'
        assert _wait_for(lambda: (one.forward(probe), events.version(probe)[0] >= 1)[1]), 'the bridge never connected'
        before = events.version(topic)[0]
        one.forward(topic)  # what events.publish hands the bridge after a commit on instance one
        assert _wait_for(lambda: events.version(topic)[0] == before + 1)
        received_by_one = one.received
        other.forward('unrelated')
        assert _wait_for(lambda: one.received > received_by_one)
        assert events.version(topic)[0] == before + 1  # once, not echoed back to the sender
    finally:
        one.stop()
        other.stop()


def test_malformed_notices_are_ignored():
    bridge = Bridge('test')
    before = events.version('x')
    for payload in ('not json', '{"o": "someone"}', '{"t": ["x"]}', '[1, 2]', '{"o": "a", "t": "x"}'):
        bridge.handle(payload)
    assert events.version('x') == before and bridge.received == 0
    bridge.handle('{"o": "another instance", "t": ["x"]}')
    assert events.version('x') == (before[0] + 1,)


def test_a_lone_sqlite_instance_needs_no_bridge():
    assert bridge_for(redis_url=None, database_url='sqlite:///data/portal.db') is None
