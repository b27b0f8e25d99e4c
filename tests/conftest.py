"""Test databases: a fresh database per test, on SQLite and (when PORTAL_TEST_DATABASE_URL is
set) on PostgreSQL, each built by the real Alembic migrations."""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel

_WORK = Path(tempfile.mkdtemp(prefix='portal-tests-'))
os.environ['PORTAL_DATA_DIR'] = str(_WORK / 'data')
os.environ['PORTAL_SECRET_KEY'] = 'test-secret-' + uuid.uuid4().hex
os.environ.setdefault('PORTAL_LOG_LEVEL', 'WARNING')
os.environ.pop('PORTAL_DATABASE_URL', None)

from core import db  # noqa: E402
from core.migrate import upgrade_database  # noqa: E402
from core.security import use_fast_hashing  # noqa: E402
from core.settings import reload_settings  # noqa: E402
from domain.reference import load_reference_data  # noqa: E402

use_fast_hashing()
reload_settings()

PG_URL = os.environ.get('PORTAL_TEST_DATABASE_URL')
BACKENDS = ['sqlite'] + (['postgresql'] if PG_URL else [])


def _build(url: str, *, demo: bool = False, **engine_kwargs) -> None:
    engine = db.make_engine(url, **engine_kwargs)
    upgrade_database(engine)
    db.use_engine(engine)
    with Session(engine) as session:
        load_reference_data(session)
        if demo:
            from domain.bootstrap import load_static_data
            from domain.demo import ensure_demo_data
            load_static_data(session)
            ensure_demo_data(session)
    engine.dispose()


@pytest.fixture(scope='session')
def sqlite_template() -> Path:
    path = _WORK / 'template.db'
    _build(f'sqlite:///{path}')
    return path


@pytest.fixture(scope='session')
def sqlite_demo_template() -> Path:
    path = _WORK / 'template-demo.db'
    _build(f'sqlite:///{path}', demo=True)
    return path


def copy_sqlite(template: Path, target: Path) -> str:
    shutil.copy(template, target)
    return f'sqlite:///{target}'


@pytest.fixture(scope='session')
def pg_schema() -> Iterator[tuple[str, dict]]:
    """One schema per test run (runs never see each other's rows), migrated once."""
    schema = f'portal_test_{uuid.uuid4().hex[:12]}'
    url = make_url(PG_URL).set(drivername='postgresql+psycopg')
    admin = db.make_engine(url.render_as_string(hide_password=False))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA {schema}'))
    kwargs = {'connect_args': {'options': f'-csearch_path={schema}'}}
    rendered = url.render_as_string(hide_password=False)
    _build(rendered, **kwargs)
    yield rendered, kwargs
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA {schema} CASCADE'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    """A fresh, migrated database with reference data, installed as the portal's engine."""
    if request.param == 'sqlite':
        url = copy_sqlite(request.getfixturevalue('sqlite_template'), tmp_path / 'portal.db')
        yield db.init_engine(url)
    else:
        url, kwargs = request.getfixturevalue('pg_schema')
        engine = db.init_engine(url, **kwargs)
        tables = ', '.join(t.name for t in SQLModel.metadata.sorted_tables)
        with engine.begin() as connection:
            connection.execute(text(f'TRUNCATE {tables} RESTART IDENTITY CASCADE'))
        with Session(engine) as session:
            load_reference_data(session)
        yield engine
    db.get_engine().dispose()


@pytest.fixture
def session(engine) -> Iterator[Session]:
    with db.session_scope() as session:
        yield session


# Figures the hardening checks measured (tests/hardening), printed at the end of the run.
FIGURES: list[tuple[str, str, object, str]] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section('figures')
    for nodeid, name, value, detail in FIGURES:
        shown = f'{value:,}' if isinstance(value, int) else str(value)
        terminalreporter.write_line(f'{name}: {shown}' + (f'  ({detail})' if detail else '') + f'  [{nodeid}]')


# Private logs (issue 9): every log record of the run goes to one file; at the end, that file and the
# logs of servers the tests started are searched for ID numbers, passwords and tokens (tests/private_logs.py).
# Any find fails the run, whichever tests ran. Rate limits start fresh for every test.
from tests import private_logs  # noqa: E402


def pytest_sessionstart(session) -> None:
    private_logs.start(_WORK)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from core.ratelimit import reset_all
    reset_all()
    yield


def pytest_sessionfinish(session, exitstatus) -> None:
    factory = getattr(session.config, '_tmp_path_factory', None)
    folders = [_WORK] + ([factory.getbasetemp()] if factory is not None else [])
    leaks, detail, report = private_logs.finish(folders)
    FIGURES.append(('private logs', 'ID numbers, passwords or tokens in the logs', leaks, detail))
    if leaks:
        print('\nPRIVATE DATA IN THE LOGS (Decree 13/2023):\n  ' + '\n  '.join(report))
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
