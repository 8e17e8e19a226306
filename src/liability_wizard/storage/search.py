"""Free-text search over the FTS5 index ``case_search`` (migration 0002).

Each whitespace-separated word must match. A word of 3+ characters uses the trigram index; a
shorter one cannot (a trigram index holds no 1-2 character keys), so it falls back to LIKE over
the same columns, which scans but still finds 1-2 character Chinese names such as 张三.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, column, literal_column, or_, select, table

SEARCH_COLUMNS = ("title", "reference", "client", "platform", "seller", "subject", "notes")
TRIGRAM = 3

case_search = table("case_search", column("rowid"), *(column(name) for name in SEARCH_COLUMNS))


def fts_phrase(word: str) -> str:
    """An FTS5 string literal: the word matched literally, whatever operators or quotes it holds."""
    return '"' + word.replace('"', '""') + '"'


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_case_ids(query: str) -> Select[tuple[int]] | None:
    """The ids of cases whose indexed text holds every word of ``query``; None for an empty query."""
    words = query.split()
    if not words:
        return None
    long_words = [w for w in words if len(w) >= TRIGRAM]
    short_words = [w for w in words if len(w) < TRIGRAM]
    conditions: list[ColumnElement[bool]] = []
    if long_words:
        match = " AND ".join(fts_phrase(w) for w in long_words)
        conditions.append(literal_column("case_search").op("MATCH")(match))
    for word in short_words:
        pattern = like_pattern(word)
        conditions.append(or_(*(case_search.c[name].like(pattern, escape="\\") for name in SEARCH_COLUMNS)))
    return select(case_search.c.rowid).where(and_(*conditions))
