"""Alembic environment. The program runs it in code (``storage/migrate.py``) on a connection it
opened itself; no alembic.ini is needed, so it works the same from a wheel or a frozen bundle."""

from __future__ import annotations

from alembic import context

from liability_wizard.storage.migrate import include_object
from liability_wizard.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table instead
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
