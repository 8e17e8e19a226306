"""Faster search on the firm's server (PostgreSQL only; SQLite's FTS5 index is unchanged).

``case_facts.case_search_text`` is stored lower-cased, so each word is matched with LIKE against a
lower-cased pattern instead of ILIKE, which lower-cases every candidate's text again (PostgreSQL's
ILIKE is exactly ``lower(text) LIKE lower(pattern)`` in a UTF-8 database; the matches are the same,
the recheck about twice as fast).

A 1-2 character word (a Chinese surname and given name: 张三) has no trigram, so the pg_trgm index
cannot narrow it. ``case_search_grams(text)`` lists every character and every pair of adjacent
characters of the text; a GIN index on it finds the cases holding a 1-2 character word directly.
The function is IMMUTABLE (an index expression must be) and its grams are not stored in the table,
so the rows stay as narrow as before.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_FIELDS = ("{title}", "{reference}", "{client,name}", "{platform,name}", "{seller,name}",
           "{transaction,subject}", "{notes}")
# The same fields, in the same order, joined by newlines, as revision 0002 wrote them.
_JOINED = "(" + " || E'\\n' || ".join(f"coalesce((data::jsonb #>> '{path}'), '')" for path in _FIELDS) + ")"

# Repeated characters are not removed: GIN stores each key of a row once anyway.
_GRAMS = """CREATE FUNCTION case_search_grams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT regexp_split_to_array(t, '')
                 || ARRAY(SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i) $$"""


def _search_column(expression: str) -> None:
    op.execute("DROP INDEX IF EXISTS case_search_trgm")
    op.execute("ALTER TABLE case_facts DROP COLUMN case_search_text")
    op.execute(f"ALTER TABLE case_facts ADD COLUMN case_search_text text GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX case_search_trgm ON case_facts USING gin (case_search_text gin_trgm_ops)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _search_column(f"lower{_JOINED}")
    op.execute(_GRAMS)
    op.execute("CREATE INDEX case_search_grams ON case_facts USING gin (case_search_grams(case_search_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX case_search_grams")
    op.execute("DROP FUNCTION case_search_grams(text)")
    _search_column(_JOINED)
