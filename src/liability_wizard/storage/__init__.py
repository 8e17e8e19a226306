"""Saved cases: one SQLite file through SQLAlchemy 2, migrated by Alembic at open.

The GUI uses :class:`liability_wizard.storage.repository.CaseRepository`; nothing here imports Qt.
This package's ``__init__`` stays empty so that importing :mod:`.location` (the CLI does, to parse
``--db``) does not pull in SQLAlchemy.
"""
