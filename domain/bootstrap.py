"""Everything a database needs before anyone uses it: reference data, the procedure catalogue
and the knowledge base (each loader adds only what is missing)."""
from __future__ import annotations

from sqlmodel import Session

from domain.catalog import load_catalog_data
from domain.knowledge import load_knowledge_data
from domain.reference import load_reference_data


def load_static_data(session: Session) -> None:
    load_reference_data(session)
    load_catalog_data(session)
    load_knowledge_data(session)
