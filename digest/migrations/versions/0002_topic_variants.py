"""topic variants: edition snapshot, variant subject, longer variant keys

Readers who chose some of a list's topics get a render of the edition with only those
topics (keys like "7d:lebanon+syria", longer than the 20 characters of 0001).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content', sa.JSON(), nullable=True))

    with op.batch_alter_table('edition_variants', schema=None) as batch_op:
        # Rows rendered before this revision had the edition's subject: "" reads as that.
        batch_op.add_column(sa.Column('subject', sa.Text(), nullable=False, server_default=''))
        batch_op.alter_column('key', existing_type=sa.String(length=20),
                              type_=sa.String(length=200), existing_nullable=False)

    with op.batch_alter_table('edition_variants', schema=None) as batch_op:
        batch_op.alter_column('subject', existing_type=sa.Text(), server_default=None)

    with op.batch_alter_table('delivery_batches', schema=None) as batch_op:
        batch_op.alter_column('variant', existing_type=sa.String(length=20),
                              type_=sa.String(length=200), existing_nullable=False)


def downgrade() -> None:
    # The old code knows no topic renders: drop them, and a batch that carried one carries
    # its window again (its readers would get every topic, as before 0002).
    op.execute("DELETE FROM edition_variants WHERE key LIKE '%:%'")
    for window in ('context', '7d', '30d'):
        op.execute(f"UPDATE delivery_batches SET variant = '{window}' "
                   f"WHERE variant LIKE '{window}:%'")
    with op.batch_alter_table('delivery_batches', schema=None) as batch_op:
        batch_op.alter_column('variant', existing_type=sa.String(length=200),
                              type_=sa.String(length=20), existing_nullable=False)

    with op.batch_alter_table('edition_variants', schema=None) as batch_op:
        batch_op.alter_column('key', existing_type=sa.String(length=200),
                              type_=sa.String(length=20), existing_nullable=False)
        batch_op.drop_column('subject')

    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.drop_column('content')
