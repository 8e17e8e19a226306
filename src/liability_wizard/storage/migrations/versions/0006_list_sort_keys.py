"""The case list sorts titles and names by pinyin and shows the limitation deadline (时效届满): their
sort keys and the deadline become columns with indexes, filled here for the cases already stored.
On PostgreSQL a trigger also announces every change of a case (``NOTIFY liability_wizard_cases``),
so the other lawyers' lists refresh (``storage/change_watch.py``).

The keys and the deadline are computed in Python (pypinyin, the evaluator) from each case's stored
facts, a batch at a time, exactly as a save computes them.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 500
_KEYS = ("title_sort_key", "client_sort_key", "platform_sort_key")
_SORT_KEY = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
NOTIFY_FUNCTION = "liability_wizard_cases_changed"


def _listed(data: str) -> dict[str, Any]:
    """The new columns for one case's stored facts (the facts the repository validated when saving)."""
    from liability_wizard.core.case import case_from_json_dict
    from liability_wizard.storage.outcome import outcome
    from liability_wizard.storage.sort_keys import pinyin_sort_key

    facts = json.loads(data)
    names = {"title_sort_key": pinyin_sort_key(facts.get("title")),
             "client_sort_key": pinyin_sort_key((facts.get("client") or {}).get("name")),
             "platform_sort_key": pinyin_sort_key((facts.get("platform") or {}).get("name"))}
    try:
        deadline = outcome(case_from_json_dict(facts)).limitation_deadline
    except Exception:  # facts a newer contract would refuse: the case keeps no deadline, never fails the upgrade
        deadline = None
    return {**names, "limitation_deadline": deadline}


def _batches(connection: sa.Connection) -> Iterator[list[tuple[int, str]]]:
    last = 0
    while True:
        rows = connection.execute(sa.text(
            "SELECT case_id, data FROM case_facts WHERE case_id > :last ORDER BY case_id LIMIT :size"),
            {"last": last, "size": BATCH}).all()
        if not rows:
            return
        yield [(row[0], row[1]) for row in rows]
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for key in _KEYS:
            batch.add_column(sa.Column(key, _SORT_KEY, server_default="", nullable=False))
        batch.add_column(sa.Column("limitation_deadline", sa.Date(), nullable=True))
    connection = op.get_bind()
    update = sa.text("UPDATE cases SET title_sort_key = :title_sort_key, client_sort_key = :client_sort_key, "
                     "platform_sort_key = :platform_sort_key, limitation_deadline = :limitation_deadline "
                     "WHERE id = :id")
    for batch_rows in _batches(connection):
        connection.execute(update, [{"id": case_id, **_listed(data)} for case_id, data in batch_rows])
    for column in (*_KEYS, "limitation_deadline"):
        op.create_index(f"ix_cases_{column}", "cases", [column])
    if connection.dialect.name == "postgresql":
        # Statement level, and only when a case's version moves (every save, delete and restore bumps
        # it; remembering the wizard page does not): NOTIFY is sent at commit, once per transaction.
        op.execute(f"CREATE FUNCTION {NOTIFY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN PERFORM pg_notify('liability_wizard_cases', ''); RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER cases_changed AFTER INSERT OR DELETE OR UPDATE OF version ON cases "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {NOTIFY_FUNCTION}()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER cases_changed ON cases")
        op.execute(f"DROP FUNCTION {NOTIFY_FUNCTION}()")
    for column in (*_KEYS, "limitation_deadline"):
        op.drop_index(f"ix_cases_{column}", "cases")
    with op.batch_alter_table("cases") as batch:
        for column in ("limitation_deadline", *reversed(_KEYS)):
            batch.drop_column(column)
