"""SQLModel tables and their schemas, one module per domain.

Importing this package registers every table on SQLModel.metadata (Alembic and tests use it).
"""
from models import accounts, agencies, audit, calendar, catalog, dossiers, places, records, sequences, stats, support  # noqa: F401
