"""documents for one case only are optional

Revision ID: 9e3b1c7d2f40
Revises: 4c7e2a9d51b3
Create Date: 2026-11-24 00:30:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '9e3b1c7d2f40'
down_revision: Union[str, None] = '4c7e2a9d51b3'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The notes that name the one case a document is for, which domain.catalog.document_required reads
# as optional when the catalogue loads since this revision ("(trường hợp ủy quyền)": only when a
# proxy submits). Copied here: a migration does not change when the domain does. Lower-casing the
# ASCII letters is enough for "(Trường hợp" in both SQLite and PostgreSQL.
CASE_MARKERS = ('(nếu ', '(trường hợp ', ', đối với trường hợp ')


def upgrade() -> None:
    document = sa.table('procedure_document', sa.column('name', sa.String), sa.column('required', sa.Boolean))
    op.execute(document.update().where(sa.or_(*(sa.func.lower(document.c.name).like(f'%{marker}%')
                                                for marker in CASE_MARKERS))).values(required=False))


def downgrade() -> None:
    """Which of these documents were required before cannot be told apart any more: they stay optional."""
