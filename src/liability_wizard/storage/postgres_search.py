"""The case list and its free-text search on the firm's PostgreSQL server, with the same results as
the SQLite list (:mod:`.search`).

SQLite matches each word against seven fields of the facts JSON (FTS5 trigram phrase for 3+
characters, LIKE for shorter words; both ASCII case-insensitive, within one field). On PostgreSQL
the generated column ``case_facts.case_search_text`` holds those fields lower-cased and joined by
newlines (migrations 0002 and 0007), and each word must be found in it with LIKE against the
lower-cased word, which is what ILIKE does. A word never holds whitespace, so it can never match
across two fields. Two GIN indexes narrow the candidates: ``pg_trgm`` for words of 3+ characters,
and the 1-2 character grams of ``case_search_grams()`` for shorter ones.

A page of a search is found one of two ways, chosen by how many cases PostgreSQL's statistics say
will match:

* a *rare* word: every match from the indexes, sorted, counted exactly (a few hundred rows);
* a *common* word (thousands of matches): recheck every match, sort and count them all would take
  0.1-0.4 s for 100,000 cases. Instead the cases are walked in the list's order and each is checked
  until the page is full, which stops after a few hundred rows; the total is then PostgreSQL's
  estimate (``CasePage.total_exact`` is False: "约 25,000 件"). If the walk does not fill the page
  within its budget the word was rarer than estimated, and the first way is taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, Text, cast, column, func, literal, select, table, text
from sqlalchemy.orm import Session

from liability_wizard.storage.case_columns import stored_summary
from liability_wizard.storage.models import CaseRow
from liability_wizard.storage.records import CasePage, CaseQuery
from liability_wizard.storage.search import TRIGRAM, like_pattern

SEARCH_COLUMN = "case_search_text"
CASE_COLUMNS = CaseRow.__table__.c

case_facts = table("case_facts", column("case_id"), column(SEARCH_COLUMN))

#: A page is found by walking the list in order from this many estimated matches per case it needs on
#: (3,000 for the CLI's 50, 6,000 for the window's 100): below it, rechecking every match is cheaper
#: (about 6 µs a match against 15 µs a walked case, on 100,000 cases).
WALK_FROM_PER_ROW = 60
#: Cases a walk may check for each case the page needs before the word counts as rare after all.
WALK_PER_ROW = 40


def gram(word: str) -> str | None:
    """The key of a 1-2 character word in the ``case_search_grams`` index, or None where lower-casing
    might differ between Python and PostgreSQL (a cased non-ASCII letter): that word is checked row by
    row instead, which finds the same cases, more slowly."""
    if len(word) >= TRIGRAM or not all(c.isascii() or c.lower() == c.upper() for c in word):
        return None
    return word.lower()


def text_conditions(words: list[str]) -> list[ColumnElement[bool]]:
    """Each word occurs in the lower-cased search text (``ILIKE``, without lower-casing every row)."""
    searched = case_facts.c[SEARCH_COLUMN]
    return [searched.like(func.lower(literal(like_pattern(w), Text)), escape="\\") for w in words]


def gram_conditions(words: list[str]) -> list[ColumnElement[bool]]:
    """What lets the grams index find the 1-2 character words; evaluated per row it would be slow, so
    it is only added where the index is read."""
    from sqlalchemy.dialects.postgresql import ARRAY, array  # ~2 MB: not imported with the SQLite repository

    keys = [key for key in map(gram, words) if key is not None]
    grams = func.case_search_grams(case_facts.c[SEARCH_COLUMN])
    return [grams.op("@>")(cast(array([literal(key, Text)]), ARRAY(Text))) for key in keys]


def matching_case_ids(words: list[str]) -> Select[tuple[int]]:
    """The ids of cases whose search text holds every word, read through the indexes. A word with a
    gram needs no LIKE: a 1-2 character string occurs in the text exactly when it is one of its grams."""
    return select(case_facts.c.case_id).where(*text_conditions([w for w in words if gram(w) is None]),
                                              *gram_conditions(words))


def _order(columns: Any, sort_key: str, descending: bool) -> tuple[ColumnElement[Any], ...]:
    """The sort column then the id, both one way; no deadline comes last either way (SQLite's list does
    the same). Only the deadline gets NULLS LAST: on the other columns it would stop an index from
    serving ``DESC``."""
    sort, tie = columns[sort_key], columns.id
    if descending:
        return (sort.desc().nulls_last() if sort_key == CaseRow.limitation_deadline.key else sort.desc()), tie.desc()
    return sort.asc(), tie.asc()


def sorted_matches(conditions: list[ColumnElement[bool]], ids: Select[tuple[int]], sort_key: str,
                   descending: bool, offset: int, limit: int | None) -> Select[Any]:
    """A page of every matching case with their total: all matches are read from the indexes first
    (a materialised CTE), then joined, counted, sorted and cut. Left to itself, PostgreSQL's planner
    treats the window count as if it could stop after the page and walks the whole ``updated_at``
    index probing each case (2.3 s for 100,000 cases) instead of joining the few matches."""
    found = ids.cte("matching").prefix_with("MATERIALIZED")
    matches = (select(*CASE_COLUMNS, func.count().over().label("total"))
               .where(*conditions, CaseRow.id.in_(select(found.c.case_id))).offset(0).subquery())
    return (select(matches).order_by(*_order(matches.c, sort_key, descending)).offset(offset).limit(limit))


def walked_matches(conditions: list[ColumnElement[bool]], words: list[str], sort_key: str, descending: bool,
                   wanted: int) -> Select[Any]:
    """The first ``wanted`` matches, found by checking the cases in the list's order (the sort index)
    one by one, at most ``WALK_PER_ROW * wanted`` of them."""
    in_order = (select(*CASE_COLUMNS).where(*conditions).order_by(*_order(CASE_COLUMNS, sort_key, descending))
                .limit(WALK_PER_ROW * wanted).subquery())
    return (select(in_order).join(case_facts, case_facts.c.case_id == in_order.c.id)
            .where(*text_conditions(words)).order_by(*_order(in_order.c, sort_key, descending)).limit(wanted))


def estimated_rows(session: Session, statement: Select[Any]) -> int:
    """How many rows PostgreSQL's statistics say ``statement`` returns (``EXPLAIN``: planned, not run)."""
    compiled = statement.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    plan = session.connection().exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params).scalar_one()
    return int(plan[0]["Plan"]["Plan Rows"])


# Names sort by their stored pinyin keys (storage/sort_keys.py).
SORT_COLUMNS = {"updated": CaseRow.updated_at, "created": CaseRow.created_at, "law_date": CaseRow.law_date,
                "title": CaseRow.title_sort_key, "client": CaseRow.client_sort_key,
                "platform": CaseRow.platform_sort_key, "deadline": CaseRow.limitation_deadline}


def _page(rows: Sequence[Row[Any]], total: int, query: CaseQuery, *, total_exact: bool = True) -> CasePage:
    return CasePage(tuple(stored_summary(row) for row in rows), total, query.offset, query.limit, total_exact)


def list_cases(session: Session, query: CaseQuery) -> CasePage:
    """One page of the case list and the number of matching cases, in the session's transaction."""
    conditions: list[ColumnElement[bool]] = [
        CaseRow.deleted_at.is_not(None) if query.in_trash else CaseRow.deleted_at.is_(None)]
    if query.outcomes:
        conditions.append(CaseRow.platform_liable.in_(sorted(query.outcomes)))
    if query.law_date_from:
        conditions.append(CaseRow.law_date >= query.law_date_from)
    if query.law_date_to:
        conditions.append(CaseRow.law_date <= query.law_date_to)
    sort = SORT_COLUMNS[query.sort]
    words = query.search.split()
    if not words:
        # Without a search a separate count is cheaper: the page stops after `limit` rows of the sort index.
        order = _order(CASE_COLUMNS, sort.key, query.descending)
        rows = session.execute(select(*CASE_COLUMNS).where(*conditions).order_by(*order)
                               .offset(query.offset).limit(query.limit)).all()
        total = session.scalar(select(func.count()).select_from(CaseRow).where(*conditions)) or 0
        return _page(rows, total, query)
    # Which plan is fast depends on the words: a plan reused across words (psycopg prepares a statement
    # run five times, and PostgreSQL may then keep one generic plan) could be slow for all but one.
    session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    ids = matching_case_ids(words)
    if query.limit:  # every match (None) or none (0): nothing to walk for
        estimate = estimated_rows(session, select(CaseRow.id).where(*conditions, CaseRow.id.in_(ids)))
        wanted = query.offset + query.limit
        if estimate >= WALK_FROM_PER_ROW * wanted:
            walked = session.execute(walked_matches(conditions, words, sort.key, query.descending, wanted)).all()
            if len(walked) == wanted:  # the page is full: more may follow, how many is estimated
                return _page(walked[query.offset:], max(estimate, wanted + 1), query, total_exact=False)
    result = session.execute(sorted_matches(conditions, ids, sort.key, query.descending, query.offset,
                                            query.limit)).all()
    if result:
        total = int(result[0].total)
    elif query.offset == 0 and query.limit != 0:  # nothing matches
        total = 0
    else:  # past the last match (or asked for none): count them
        total = session.scalar(select(func.count()).select_from(CaseRow)
                               .where(*conditions, CaseRow.id.in_(ids))) or 0
    return _page(result, total, query)
