"""Free-text search on the firm's PostgreSQL server, with the same results as :mod:`.search` on SQLite.

SQLite matches each word against seven fields of the facts JSON (FTS5 trigram phrase for 3+
characters, LIKE for shorter words; both ASCII case-insensitive, within one field). Here one
expression joins those fields with newlines and each word must be found in it with ILIKE. A word
never holds whitespace, so it can never match across two fields. The expression is indexed with
``pg_trgm`` (GIN, ``gin_trgm_ops``, migration 0002), which serves ILIKE for 3+ characters and, for
1-2 character words, recheck-scans the same index instead of every row.

The expression text must stay identical to the indexed one, or the planner would not use the index.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, column, literal_column, select, table

from liability_wizard.storage.search import like_pattern

# The same fields, in the same order, as the SQLite index (migration 0002).
SEARCH_PATHS = ("{title}", "{reference}", "{client,name}", "{platform,name}", "{seller,name}",
                "{transaction,subject}", "{notes}")
SEARCH_EXPRESSION = "(" + " || E'\\n' || ".join(
    f"coalesce((data::jsonb #>> '{path}'), '')" for path in SEARCH_PATHS) + ")"

case_facts = table("case_facts", column("case_id"))


def matching_case_ids(query: str) -> Select[tuple[int]] | None:
    """The ids of cases whose indexed text holds every word of ``query``; None for an empty query."""
    words = query.split()
    if not words:
        return None
    searched = literal_column(SEARCH_EXPRESSION)
    conditions: list[ColumnElement[bool]] = [searched.ilike(like_pattern(w), escape="\\") for w in words]
    return select(case_facts.c.case_id).where(and_(*conditions))
