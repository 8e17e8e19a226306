"""Free-text search over the FTS5 index ``case_search`` (migration 0002).

Each whitespace-separated word must match. A word of 3+ characters uses the trigram index; a
shorter one cannot (a trigram index holds no 1-2 character keys), so it falls back to LIKE over
the same columns, which scans but still finds 1-2 character Chinese names such as 张三.

Plain SQL text, not SQLAlchemy: the case list is read through sqlite3 alone (:mod:`.case_listing`).
"""

from __future__ import annotations

SEARCH_COLUMNS = ("title", "reference", "client", "platform", "seller", "subject", "notes")
TRIGRAM = 3


def fts_phrase(word: str) -> str:
    """An FTS5 string literal: the word matched literally, whatever operators or quotes it holds."""
    return '"' + word.replace('"', '""') + '"'


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_case_ids(query: str) -> tuple[str, list[str]] | None:
    """``SELECT`` of the ids of cases whose indexed text holds every word of ``query``, with its
    parameters; None for an empty query."""
    words = query.split()
    if not words:
        return None
    long_words = [w for w in words if len(w) >= TRIGRAM]
    short_words = [w for w in words if len(w) < TRIGRAM]
    conditions: list[str] = []
    parameters: list[str] = []
    if long_words:
        conditions.append("case_search MATCH ?")
        parameters.append(" AND ".join(fts_phrase(w) for w in long_words))
    for word in short_words:
        conditions.append("(" + " OR ".join(f"{name} LIKE ? ESCAPE '\\'" for name in SEARCH_COLUMNS) + ")")
        parameters.extend([like_pattern(word)] * len(SEARCH_COLUMNS))
    return f"SELECT rowid FROM case_search WHERE {' AND '.join(conditions)}", parameters
