"""billing per list: a membership of a paid list carries its own billing

A billing event that names a list sets billing on that membership only, so a payment for
one paid list no longer unlocks another.  Both columns start empty (NULL): every existing
membership keeps following the subscriber's billing, exactly as before.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 02:00:00
"""
from alembic import op
import sqlalchemy as sa

import digest.models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('billing_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column(
            'paid_through', digest.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # The old code knows billing per subscriber only: a member whose own billing on a paid
    # list is not current becomes lapsed there, so nobody starts receiving on a downgrade.
    op.execute("UPDATE memberships SET status = 'lapsed' WHERE status = 'active'"
               " AND billing_status IS NOT NULL AND billing_status <> 'current'"
               " AND list_id IN (SELECT id FROM lists WHERE is_paid)")
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_column('paid_through')
        batch_op.drop_column('billing_status')
