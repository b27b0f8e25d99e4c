"""Alembic environment: the portal's own engine (or the URL given), SQLModel metadata."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import models  # noqa: F401  (registers every table)
from core.db import make_engine
from core.migrate import include_name
from core.settings import get_settings

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get('connection')
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option('sqlalchemy.url') or get_settings().resolved_database_url
    engine = make_engine(url)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _render_item(kind, item, autogen_context):
    """Write portal column types as plain SQLAlchemy types, so migrations never import models."""
    from models.base import UtcDateTime

    if kind == 'type' and isinstance(item, UtcDateTime):
        return 'sa.DateTime(timezone=True)'
    return False


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == 'sqlite', compare_type=True,
                      render_item=_render_item, include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit('offline migrations are not supported: run against a database')
run_migrations_online()
