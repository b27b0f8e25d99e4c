"""Schema upgrades through Alembic (run on start by main.py)."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


def alembic_config() -> Config:
    config = Config(str(ROOT / 'alembic.ini'))
    config.set_main_option('script_location', str(ROOT / 'migrations'))
    return config


def upgrade_database(engine: Engine, revision: str = 'head') -> None:
    """Upgrade the schema. On SQLite, foreign keys are off while batch migrations copy tables
    (a table is dropped and recreated), then checked before they are turned back on."""
    config = alembic_config()
    sqlite = engine.dialect.name == 'sqlite'
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql('PRAGMA foreign_keys=OFF')  # only takes effect outside a transaction
            connection.commit()
        with connection.begin():
            config.attributes['connection'] = connection
            command.upgrade(config, revision)
        if sqlite:
            broken = connection.exec_driver_sql('PRAGMA foreign_key_check').fetchall()
            connection.exec_driver_sql('PRAGMA foreign_keys=ON')
            connection.commit()
            if broken:
                raise RuntimeError(f'foreign keys broken by the migration: {broken[:5]}')


HAND_MADE = {'table': ('procedure_fts', 'kb_fts'), 'index': ('ix_procedure_search', 'ix_kb_article_search')}


def include_name(name, type_, parent_names) -> bool:
    """Search indexes made by hand in migrations (FTS5, GIN) are not in the models."""
    return not (name and name.startswith(HAND_MADE.get(type_, ())))
