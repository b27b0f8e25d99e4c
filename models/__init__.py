"""SQLModel tables and their schemas, one module per domain.

Importing this package registers every table on SQLModel.metadata (Alembic and tests use it).
"""
from models import (  # noqa: F401
    accounts, agencies, audit, calendar, catalog, dossiers, feedback, oidc, payments, places, records, sequences, stats,
    support)
