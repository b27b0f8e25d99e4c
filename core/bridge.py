"""Carries change notices (core/events.py) between portal instances.

Each instance publishes the topics its own commits moved and bumps the versions of topics
other instances moved, so a live page on one instance redraws after a write on another.
Redis pub/sub when `PORTAL_REDIS_URL` is set, else PostgreSQL LISTEN/NOTIFY when the
database is PostgreSQL; a single SQLite instance needs neither.

Both directions run in daemon threads: publishing never blocks the caller (a domain function
in a request or worker thread only queues the topic), and a lost connection is retried with
a growing pause while the instance keeps serving its own changes.
"""
from __future__ import annotations

import json
import logging
import queue
import threading
import uuid
from collections.abc import Callable, Iterator

from core import events

log = logging.getLogger('portal.bridge')

CHANNEL = 'portal_events'
_RETRY_SECONDS = (0.5, 1, 2, 5, 10)


class Bridge:
    """The transport-independent half: a queue of outgoing topics and the incoming handler."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.origin = uuid.uuid4().hex  # our own notices come back to us: skip those
        self._outgoing: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._stopped = threading.Event()
        self.received = 0

    # -- the two transport hooks
    def _send(self, payload: str) -> None:
        raise NotImplementedError

    def _receive(self) -> Iterator[str]:
        """Yields incoming payloads until the connection breaks (raise) or the bridge stops."""
        raise NotImplementedError

    # -- shared behaviour
    def forward(self, topic: str) -> None:
        self._outgoing.put(topic)

    def handle(self, payload: str) -> None:
        try:
            message = json.loads(payload)
            origin, topics = message['o'], message['t']
        except (ValueError, KeyError, TypeError):
            log.warning('ignored a malformed change notice on %s', self.name)
            return
        if origin != self.origin and isinstance(topics, list):
            self.received += 1
            events.publish(*[str(topic) for topic in topics], forward=False)

    def start(self) -> None:
        events.add_forwarder(self.forward)
        for target, label in ((self._sending, 'send'), (self._listening, 'listen')):
            threading.Thread(target=target, name=f'bridge-{self.name}-{label}', daemon=True).start()

    def stop(self) -> None:
        events.remove_forwarder(self.forward)
        self._stopped.set()
        self._outgoing.put(None)

    def _sending(self) -> None:
        self._keep_trying(self._send_round)

    def _send_round(self) -> None:
        while not self._stopped.is_set():
            first = self._outgoing.get()
            if first is None:
                return
            topics = {first}
            while True:  # coalesce what queued up meanwhile into one notice
                try:
                    more = self._outgoing.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._stopped.set()
                    break
                topics.add(more)
            self._send(json.dumps({'o': self.origin, 't': sorted(topics)}))

    def _listening(self) -> None:
        def round_() -> None:
            for payload in self._receive():
                if self._stopped.is_set():
                    return
                self.handle(payload)
        self._keep_trying(round_)

    def _keep_trying(self, round_: Callable[[], None]) -> None:
        failures = 0
        while not self._stopped.is_set():
            try:
                round_()
                failures = 0
            except Exception as error:  # noqa: BLE001 (the transport is down: wait and reconnect)
                pause = _RETRY_SECONDS[min(failures, len(_RETRY_SECONDS) - 1)]
                failures += 1
                log.warning('event bridge %s interrupted (%s); retrying in %s s', self.name,
                            type(error).__name__, pause)
                self._stopped.wait(pause)


class RedisBridge(Bridge):
    def __init__(self, url: str, channel: str) -> None:
        super().__init__('redis')
        import redis
        self._channel = channel
        params = {'socket_connect_timeout': 5, 'health_check_interval': 10}
        self._publisher = redis.Redis.from_url(url, **params)
        self._subscriber = redis.Redis.from_url(url, **params)

    def _send(self, payload: str) -> None:
        self._publisher.publish(self._channel, payload)

    def _receive(self) -> Iterator[str]:
        pubsub = self._subscriber.pubsub(ignore_subscribe_messages=True)
        try:
            pubsub.subscribe(self._channel)
            while not self._stopped.is_set():
                message = pubsub.get_message(timeout=1.0)
                if message and message['type'] == 'message':
                    yield message['data'].decode() if isinstance(message['data'], bytes) else message['data']
        finally:
            pubsub.close()


class PostgresBridge(Bridge):
    def __init__(self, url: str, channel: str) -> None:
        super().__init__('postgresql')
        self._url = url
        self._channel = channel
        self._sender = None

    def _connect(self):
        import psycopg
        return psycopg.connect(self._url, autocommit=True, connect_timeout=5)

    def _send(self, payload: str) -> None:
        if self._sender is None or self._sender.closed:
            self._sender = self._connect()
        try:
            self._sender.execute('SELECT pg_notify(%s, %s)', (self._channel, payload))
        except Exception:
            self._sender.close()
            raise

    def _receive(self) -> Iterator[str]:
        with self._connect() as connection:
            connection.execute(f'LISTEN {self._channel}')
            while not self._stopped.is_set():
                for notice in connection.notifies(timeout=1.0):
                    yield notice.payload


def bridge_for(*, redis_url: str | None, database_url: str, channel: str = CHANNEL) -> Bridge | None:
    """The bridge this deployment needs, or None for a lone instance on SQLite."""
    if redis_url:
        return RedisBridge(redis_url, channel)
    if database_url.startswith('postgresql'):
        from sqlalchemy.engine import make_url
        url = make_url(database_url).set(drivername='postgresql')
        return PostgresBridge(url.render_as_string(hide_password=False), channel)
    return None
