"""Two lawyers (two connections) saving one case: a save over a newer version is refused with who and
when, never written over it; on both back ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from liability_wizard.storage.errors import CaseChangedError
from liability_wizard.storage.repository import CaseRepository
from tests.storage.conftest import make_case


@pytest.fixture
def second(repo: CaseRepository) -> Iterator[CaseRepository]:
    """Another program instance on the same database (its own engine and connections)."""
    with CaseRepository.open(str(repo.path)) as other:
        yield other


def test_a_save_over_a_newer_version_is_refused_and_overwrites_nothing(repo: CaseRepository,
                                                                       second: CaseRepository) -> None:
    loaded = repo.create(make_case(notes="初稿"))
    assert loaded.version == 1 and loaded.updated_by == repo.user_name()
    theirs = second.save_draft(loaded.id, make_case(notes="对方的修改"), expected_version=loaded.version)
    assert theirs.version == 2
    with pytest.raises(CaseChangedError) as caught:
        repo.save_draft(loaded.id, make_case(notes="我的修改"), expected_version=loaded.version)
    error = caught.value
    assert error.message.startswith(f"此案件已由 {second.user_name()} 于 ")
    assert (error.case_id, error.current_version, error.updated) == (loaded.id, 2, theirs.updated)
    stored = repo.load(loaded.id)
    assert stored.case.notes == "对方的修改" and stored.summary.version == 2
    # Saving on top of the version just seen succeeds.
    mine = repo.save_draft(loaded.id, make_case(notes="我的修改"), expected_version=stored.summary.version)
    assert mine.version == 3 and repo.load(loaded.id).case.notes == "我的修改"


def test_where_the_wizard_was_left_is_not_an_edit(repo: CaseRepository, second: CaseRepository) -> None:
    loaded = repo.create(make_case())
    second.set_wizard_page(loaded.id, "harm")
    saved = repo.save_draft(loaded.id, make_case(notes="改"), expected_version=loaded.version)
    assert saved.version == 2


def test_a_save_racing_between_read_and_write_is_caught(repo: CaseRepository, second: CaseRepository) -> None:
    """The other save commits after this save read the row and before it writes: the UPDATE's version
    check catches it even without ``expected_version``. (SQLite's BEGIN IMMEDIATE makes the race
    impossible there: the other writer waits for the lock, so this half is PostgreSQL only.)"""
    if not isinstance(repo.path, str):
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE: no window between read and write")
    loaded = repo.create(make_case(notes="初稿"))
    fired = []

    def other_save_first(session: Session, *_args: Any) -> None:
        if not fired:
            fired.append(True)
            second.save_draft(loaded.id, make_case(notes="对方先保存"))

    event.listen(Session, "before_flush", other_save_first)
    try:
        with pytest.raises(CaseChangedError):
            repo.save_draft(loaded.id, make_case(notes="我的修改"))
    finally:
        event.remove(Session, "before_flush", other_save_first)
    assert fired and repo.load(loaded.id).case.notes == "对方先保存"


def test_concurrent_editors_lose_no_edit(repo: CaseRepository) -> None:
    """Four editors append their lines to one case at once, retrying on conflict: every successful
    save was made on top of the one before it, so every line is there and the version counts them."""
    case_id = repo.create(make_case(notes="")).id
    errors: list[BaseException] = []
    conflicts = [0]
    editors = {label: CaseRepository.open(str(repo.path), daily_backup=False) for label in "甲乙丙丁"}

    def edit(label: str) -> None:
        try:
            with editors[label] as mine:
                for number in range(5):
                    while True:
                        stored = mine.load(case_id)
                        lines = f"{stored.case.notes or ''}{label}{number}\n"
                        try:
                            mine.save_draft(case_id, make_case(notes=lines), expected_version=stored.summary.version)
                            break
                        except CaseChangedError:
                            conflicts[0] += 1
        except BaseException as error:  # reported to the test thread below
            errors.append(error)

    threads = [threading.Thread(target=edit, args=(label,)) for label in "甲乙丙丁"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    stored = repo.load(case_id)
    assert sorted((stored.case.notes or "").split()) == sorted(f"{label}{n}" for label in "甲乙丙丁" for n in range(5))
    assert stored.summary.version == 1 + 20
