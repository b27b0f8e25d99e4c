"""The database engine and short-lived sessions.

`init_engine(url)` is called by main.py (and tests), never at import time.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

_engine: Engine | None = None


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute('PRAGMA foreign_keys=ON')
    cursor.execute('PRAGMA journal_mode=WAL')
    cursor.execute('PRAGMA synchronous=NORMAL')
    cursor.execute('PRAGMA busy_timeout=10000')
    cursor.execute('PRAGMA cache_size=-65536')  # 64 MB: bulk syncs keep their index pages in memory
    cursor.close()


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith('sqlite'):
        engine = create_engine(url, connect_args={'check_same_thread': False, 'timeout': 10}, **kwargs)
        event.listen(engine, 'connect', _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, **kwargs)
    return engine


def init_engine(url: str, **kwargs) -> Engine:
    global _engine
    if _engine is not None:
        _engine.dispose()
    _engine = make_engine(url, **kwargs)
    return _engine


def use_engine(engine: Engine) -> None:
    """Point the portal at an engine made elsewhere (tests)."""
    global _engine
    _engine = engine


def get_engine() -> Engine:
    if _engine is None:
        raise RuntimeError('init_engine() has not been called')
    return _engine


@contextmanager
def session_scope() -> Iterator[Session]:
    """One short session; domain functions commit, this only rolls back what they left."""
    with Session(get_engine(), expire_on_commit=False) as session:
        try:
            yield session
        except BaseException:
            session.rollback()
            raise


def lock_for_write(session: Session) -> None:
    """Start the caller's transaction holding SQLite's write lock.

    On SQLite a transaction that has only read cannot turn into a writer once someone else has
    written: it fails at once ("database is locked") instead of waiting. Writes that race by
    nature (a gateway's notification and the browser's return for the same payment) take the
    lock first, and so wait their turn. Only reads may precede this call: they are ended."""
    if session.get_bind().dialect.name != 'sqlite':
        return
    if session.in_transaction():
        session.rollback()
    session.connection().exec_driver_sql('BEGIN IMMEDIATE')


# An application-wide key for pg_advisory_lock: "DVCQ" in ASCII.
_STARTUP_LOCK = 0x44564351


@contextmanager
def startup_lock(engine: Engine) -> Iterator[None]:
    """Instances starting together on one PostgreSQL database migrate and seed one after the
    other (the second then finds everything done). SQLite serves one instance: no lock."""
    if engine.dialect.name != 'postgresql':
        yield
        return
    with engine.connect() as connection:
        connection.exec_driver_sql(f'SELECT pg_advisory_lock({_STARTUP_LOCK})')
        connection.commit()
        try:
            yield
        finally:
            connection.exec_driver_sql(f'SELECT pg_advisory_unlock({_STARTUP_LOCK})')
            connection.commit()
