"""Full-text search over each case's names and text (FTS5, trigram tokenizer).

The index reads the case facts JSON, so triggers on ``case_facts`` keep it current whatever code
writes the facts. Existing cases are indexed here, so an upgraded database is searchable at once.

On PostgreSQL (the firm's server) the same fields are joined into a generated column
``case_facts.case_search_text`` with a pg_trgm GIN index instead (``storage/postgres_search.py``).
PostgreSQL keeps a generated column current by itself, so no triggers. It is stored, not an
expression index: the index only narrows the candidates, and every candidate is checked again, which
would parse the JSON seven times per row (about 0.25 ms: 1.5 s for a common word in 100,000 cases).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The searched fields; the column order is the FTS table's column order.
_FIELDS = """
    json_extract(new.data, '$.title'),
    json_extract(new.data, '$.reference'),
    json_extract(new.data, '$.client.name'),
    json_extract(new.data, '$.platform.name'),
    json_extract(new.data, '$.seller.name'),
    json_extract(new.data, '$.transaction.subject'),
    json_extract(new.data, '$.notes')
"""


# The searched fields joined by newlines (a search word never holds whitespace, so it cannot match
# across two fields); the same fields, in the same order, as the FTS5 table.
_POSTGRES_SEARCH = "(" + " || E'\\n' || ".join(
    f"coalesce((data::jsonb #>> '{path}'), '')" for path in (
        "{title}", "{reference}", "{client,name}", "{platform,name}", "{seller,name}",
        "{transaction,subject}", "{notes}")) + ")"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"ALTER TABLE case_facts ADD COLUMN case_search_text text "
                   f"GENERATED ALWAYS AS ({_POSTGRES_SEARCH}) STORED")
        op.execute("CREATE INDEX case_search_trgm ON case_facts USING gin (case_search_text gin_trgm_ops)")
        return
    # trigram: any 3+ character fragment matches, which suits Chinese text without word breaks.
    op.execute("CREATE VIRTUAL TABLE case_search USING fts5("
               "title, reference, client, platform, seller, subject, notes, tokenize = 'trigram')")
    op.execute(f"""CREATE TRIGGER case_search_insert AFTER INSERT ON case_facts BEGIN
        INSERT INTO case_search(rowid, title, reference, client, platform, seller, subject, notes)
        VALUES (new.case_id, {_FIELDS});
    END""")
    op.execute(f"""CREATE TRIGGER case_search_update AFTER UPDATE OF data ON case_facts BEGIN
        DELETE FROM case_search WHERE rowid = old.case_id;
        INSERT INTO case_search(rowid, title, reference, client, platform, seller, subject, notes)
        VALUES (new.case_id, {_FIELDS});
    END""")
    op.execute("""CREATE TRIGGER case_search_delete AFTER DELETE ON case_facts BEGIN
        DELETE FROM case_search WHERE rowid = old.case_id;
    END""")
    op.execute(f"""INSERT INTO case_search(rowid, title, reference, client, platform, seller, subject, notes)
        SELECT new.case_id, {_FIELDS} FROM case_facts AS new""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX case_search_trgm")
        op.execute("ALTER TABLE case_facts DROP COLUMN case_search_text")
        return
    for trigger in ("case_search_insert", "case_search_update", "case_search_delete"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE case_search")
