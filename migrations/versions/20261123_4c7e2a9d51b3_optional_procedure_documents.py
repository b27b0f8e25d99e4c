"""optional procedure documents

Revision ID: 4c7e2a9d51b3
Revises: 28d670299a3a
Create Date: 2026-11-23 22:05:04.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '4c7e2a9d51b3'
down_revision: Union[str, None] = '28d670299a3a'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# The names that say a document is supplied only when it applies, as domain.catalog.document_required
# reads them when the catalogue loads (copied here: a migration does not change when the domain does).
OPTIONAL_MARKERS = ('(nếu có)', ', nếu có)', '(nếu có ')


def upgrade() -> None:
    with op.batch_alter_table('procedure_document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('required', sa.Boolean(), nullable=False, server_default=sa.true()))

    document = sa.table('procedure_document', sa.column('name', sa.String), sa.column('required', sa.Boolean))
    op.execute(document.update().where(sa.or_(*(document.c.name.like(f'%{marker}%') for marker in OPTIONAL_MARKERS)))
               .values(required=False))


def downgrade() -> None:
    with op.batch_alter_table('procedure_document', schema=None) as batch_op:
        batch_op.drop_column('required')
