"""The case list read through sqlite3 alone agrees with the repository, and its JSON with json.dumps."""

from __future__ import annotations

import io
import json

import pytest

from liability_wizard.cli.cases_command import _write_json_array
from liability_wizard.core.case import read_case_file
from liability_wizard.storage.case_listing import CaseListing, _moment, _utc_iso
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES

QUERIES = [CaseQuery(), CaseQuery(limit=None), CaseQuery(search="平台"), CaseQuery(search="某 平台", limit=3),
           CaseQuery(sort="title", descending=False, offset=2, limit=5), CaseQuery(in_trash=True),
           CaseQuery(outcomes=frozenset({"yes", "no"}))]


@pytest.fixture
def filled(repo: CaseRepository) -> CaseRepository:
    repo.create_many([read_case_file(path) for path in EXAMPLE_CASES[:12]])
    repo.delete(1)
    return repo


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_the_listing_shows_what_the_repository_shows(filled: CaseRepository, query: CaseQuery) -> None:
    with CaseListing.open(filled.path) as listing:
        assert listing.list_cases(query) == filled.list_cases(query)
        assert list(listing.summaries(query)) == list(filled.list_cases(query).items)
        assert list(listing.summaries_json(query)) == [s.to_json_dict() for s in filled.list_cases(query).items]


@pytest.mark.parametrize("stored", ["2025-01-02 03:04:05.000000", "2025-01-02 03:04:05.000120",
                                    "2025-01-02 03:04:05", "2025-01-02T03:04:05.5"])
def test_times_in_json_are_what_datetime_writes(stored: str) -> None:
    assert _utc_iso(stored) == _moment(stored).isoformat()


@pytest.mark.parametrize("items", [[], [{"a": 1}], [{"标题": '引号"与\\反斜杠\n', "n": None, "x": 1.5, "b": True},
                                                   {"标题": "二", "n": 2, "x": -0.0, "b": False},
                                                   {"标题": "三", "n": -(10**30), "x": 1e300, "b": None}]])
def test_the_streamed_json_is_json_dumps(items: list[dict[str, object]]) -> None:
    out = io.StringIO()
    _write_json_array(iter(items), out)
    assert out.getvalue() == json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def test_the_listing_never_writes(sqlite_repo: CaseRepository) -> None:
    sqlite_repo.create_many([read_case_file(EXAMPLE_CASES[0])])  # (on a server, a lawyer's login cannot)
    with CaseListing.open(sqlite_repo.path) as listing, pytest.raises(Exception, match="readonly"):
        listing._connection.execute("DELETE FROM cases")
