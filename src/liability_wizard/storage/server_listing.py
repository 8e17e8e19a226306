"""The case list on the firm's server, in the shape of :class:`~.case_listing.CaseListing` (which
reads a SQLite file through sqlite3 alone), so that ``cases list`` and the desktop program's first
list work the same when ``--db``/``LIABILITY_WIZARD_DB`` names a server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any, Self

from liability_wizard.storage.change_watch import ChangeWatch
from liability_wizard.storage.closing import ClosedOnExit
from liability_wizard.storage.records import CasePage, CaseQuery, CaseSummary
from liability_wizard.storage.repository import CaseRepository

#: Cases fetched per query when every matching case is streamed (``cases list --json``).
STREAM_PAGE = 1000


class ServerListing(ClosedOnExit):
    def __init__(self, repository: CaseRepository) -> None:
        self._repository = repository
        self.path = repository.path
        self.notices = repository.notices
        self.read_only = repository.read_only

    @classmethod
    def open(cls, address: str | os.PathLike[str] | None = None) -> Self:
        return cls(CaseRepository.open(address))

    def list_cases(self, query: CaseQuery = CaseQuery()) -> CasePage:  # noqa: B008 (frozen, so shared safely)
        return self._repository.list_cases(query)

    def summaries(self, query: CaseQuery = CaseQuery()) -> Iterator[CaseSummary]:  # noqa: B008
        """Every matching case (or ``query.limit`` of them), a page at a time: the server is not asked
        to hold a cursor open while the caller writes."""
        offset, left = query.offset, query.limit
        while left is None or left > 0:
            size = STREAM_PAGE if left is None else min(STREAM_PAGE, left)
            page = self._repository.list_cases(CaseQuery(
                search=query.search, outcomes=query.outcomes, law_date_from=query.law_date_from,
                law_date_to=query.law_date_to, in_trash=query.in_trash, sort=query.sort,
                descending=query.descending, offset=offset, limit=size))
            yield from page.items
            if len(page.items) < size:
                return
            offset += size
            if left is not None:
                left -= size

    def summaries_json(self, query: CaseQuery = CaseQuery()) -> Iterator[dict[str, Any]]:  # noqa: B008
        for summary in self.summaries(query):
            yield summary.to_json_dict()

    def change_watch(self) -> ChangeWatch:
        return self._repository.change_watch()

    def close(self) -> None:
        self._repository.close()
