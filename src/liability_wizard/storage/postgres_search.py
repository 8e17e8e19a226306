"""The case list and its free-text search on the firm's PostgreSQL server, with the same results as
the SQLite list (:mod:`.search`).

SQLite matches each word against seven fields of the facts JSON (FTS5 trigram phrase for 3+
characters, LIKE for shorter words; both ASCII case-insensitive, within one field). On PostgreSQL
migration 0002 keeps those fields joined by newlines in the generated column
``case_facts.case_search_text``, and each word must be found in it with ILIKE. A word never holds
whitespace, so it can never match across two fields. The column has a ``pg_trgm`` GIN index
(``gin_trgm_ops``), which serves ILIKE for words of 3+ characters; a 1-2 character word has no
trigram, so it is checked row by row (on the short stored text, not the JSON).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, func, literal, select, table
from sqlalchemy.orm import Session, aliased

from liability_wizard.storage.models import CaseRow
from liability_wizard.storage.records import CasePage, CaseQuery, CaseSummary, aware
from liability_wizard.storage.search import like_pattern

SEARCH_COLUMN = "case_search_text"

case_facts = table("case_facts", column("case_id"), column(SEARCH_COLUMN))


def matching_case_ids(query: str) -> Select[tuple[int]] | None:
    """The ids of cases whose indexed text holds every word of ``query``; None for an empty query."""
    words = query.split()
    if not words:
        return None
    searched = case_facts.c[SEARCH_COLUMN]
    conditions: list[ColumnElement[bool]] = [searched.ilike(like_pattern(w), escape="\\") for w in words]
    return select(case_facts.c.case_id).where(and_(*conditions))


def search_page(conditions: list[ColumnElement[bool]], sort_key: str, descending: bool, offset: int,
                limit: int | None) -> Select[Any]:
    """A page of matching cases with their total, for a search on PostgreSQL.

    The matches are counted and only then sorted and cut (the inner query's ``OFFSET 0`` keeps the
    planner from merging the two). Asked for both at once, PostgreSQL's planner treats the window
    count as if it could stop after the page, walks the whole ``updated_at`` index probing each case
    against the search (2.3 s for 100,000 cases), instead of joining the few matches the trigram
    index returns."""
    matches = select(CaseRow, func.count().over().label("total")).where(*conditions).offset(0).subquery()
    case = aliased(CaseRow, matches)
    return select(case, matches.c.total).order_by(*_order(matches.c[sort_key], matches.c.id, descending)) \
        .offset(offset).limit(limit)


def _order(sort: ColumnElement[Any], tie: ColumnElement[Any], descending: bool) -> tuple[Any, Any]:
    """``sort`` then ``tie``, both one way; no deadline comes last either way (SQLite's list does the
    same). Only the deadline gets NULLS LAST: on the other columns it would stop an index from serving
    ``DESC``."""
    if descending:
        first = sort.desc().nulls_last() if sort.key == CaseRow.limitation_deadline.key else sort.desc()
        return first, tie.desc()
    return sort.asc(), tie.asc()


# Names sort by their stored pinyin keys (storage/sort_keys.py).
SORT_COLUMNS = {"updated": CaseRow.updated_at, "created": CaseRow.created_at, "law_date": CaseRow.law_date,
                "title": CaseRow.title_sort_key, "client": CaseRow.client_sort_key,
                "platform": CaseRow.platform_sort_key, "deadline": CaseRow.limitation_deadline}


def summary(row: CaseRow) -> CaseSummary:
    return CaseSummary(id=row.id, title=row.title, reference=row.reference, client=row.client_name,
                       platform=row.platform_name, platform_liable=row.platform_liable,  # type: ignore[arg-type]
                       law_date=row.law_date, created=aware(row.created_at), updated=aware(row.updated_at),
                       deleted=aware(row.deleted_at) if row.deleted_at else None,
                       version=row.version, updated_by=row.updated_by,
                       limitation_deadline=row.limitation_deadline)


def list_cases(session: Session, query: CaseQuery) -> CasePage:
    """One page of the case list and the number of matching cases, in the session's transaction."""
    conditions: list[ColumnElement[bool]] = [
        CaseRow.deleted_at.is_not(None) if query.in_trash else CaseRow.deleted_at.is_(None)]
    ids = matching_case_ids(query.search)
    if ids is not None:
        conditions.append(CaseRow.id.in_(ids))
    if query.outcomes:
        conditions.append(CaseRow.platform_liable.in_(sorted(query.outcomes)))
    if query.law_date_from:
        conditions.append(CaseRow.law_date >= query.law_date_from)
    if query.law_date_to:
        conditions.append(CaseRow.law_date <= query.law_date_to)
    sort = SORT_COLUMNS[query.sort]
    rows: Select[Any]
    if ids is not None:
        rows = search_page(conditions, sort.key, query.descending, query.offset, query.limit)
    else:
        # Without a search a separate count is cheaper: the page stops after `limit` rows of the sort index.
        rows = (select(CaseRow, literal(None)).where(*conditions).order_by(*_order(sort, CaseRow.id, query.descending))
                .offset(query.offset).limit(query.limit))
    result = session.execute(rows).all()
    if result and result[0][1] is not None:
        total = int(result[0][1])
    else:
        total = session.scalar(select(func.count()).select_from(CaseRow).where(*conditions)) or 0
    return CasePage(tuple(summary(row) for row, _total in result), total, query.offset, query.limit)
