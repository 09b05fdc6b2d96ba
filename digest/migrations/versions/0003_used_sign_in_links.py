"""used sign-in links: archive sign-in links work once

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 02:00:00
"""
from alembic import op
import sqlalchemy as sa

import digest.models.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'used_sign_in_links',
        sa.Column('nonce', sa.String(length=64), nullable=False),
        sa.Column('subscriber_id', sa.Integer(), nullable=False),
        sa.Column('used_at', digest.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['subscriber_id'], ['subscribers.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('nonce'),
    )
    with op.batch_alter_table('used_sign_in_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_used_sign_in_links_subscriber_id'),
                              ['subscriber_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_used_sign_in_links_used_at'), ['used_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('used_sign_in_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_used_sign_in_links_used_at'))
        batch_op.drop_index(batch_op.f('ix_used_sign_in_links_subscriber_id'))
    op.drop_table('used_sign_in_links')
