"""``with Store.open(…) as store:`` for the repository, the listings and the import: closed on leaving."""

from __future__ import annotations

from typing import Self


class ClosedOnExit:
    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
