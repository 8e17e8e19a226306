"""Fault tests with real processes: two programs saving the same case at the same moment (SQLite and
PostgreSQL) overwrite nothing — one saves, the other is told who changed it; and the server killed
while a program is saving loses no save it reported done."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.repository import CaseRepository
from liability_wizard.storage.server import init_server
from tests.postgres_server import throw_away_server
from tests.storage.test_faults import CHILD_ENV, ROOT, assert_intact, committed, start_writer
from tests.storage.writer_process import facts

SAME_CASE = Path(__file__).with_name("same_case_process.py")


@pytest.mark.slow
def test_two_processes_saving_one_case_overwrite_nothing(repo: CaseRepository, tmp_path: Path) -> None:
    loaded = repo.create(case_from_json_dict(facts("同", 0, "初稿")))
    go = tmp_path / "go"
    lawyers = [subprocess.Popen([sys.executable, str(SAME_CASE), str(repo.path), str(loaded.id), str(loaded.version),
                                 notes, str(go)], cwd=ROOT, env=CHILD_ENV, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for notes in ("甲的修改", "乙的修改")]
    for lawyer in lawyers:
        assert lawyer.stdout is not None and lawyer.stdout.readline() == "ready\n"
    go.touch()
    outcomes = []
    for lawyer in lawyers:
        out, err = lawyer.communicate(timeout=120)
        assert lawyer.returncode == 0, err
        outcomes.append(out.split())
    saved = [i for i, o in enumerate(outcomes) if o[0] == "saved"]
    changed = [o for o in outcomes if o[0] == "changed"]
    assert len(saved) == 1 and len(changed) == 1, outcomes
    assert outcomes[saved[0]] == ["saved", "2"] and changed[0] == ["changed", repo.user_name(), "2"]
    stored = repo.load(loaded.id)
    assert stored.case.notes == ("甲的修改", "乙的修改")[saved[0]] and stored.summary.version == 2


@pytest.mark.slow
def test_the_server_killed_during_saves_loses_no_save_reported_done() -> None:
    with throw_away_server(durable=True) as server:  # commits survive the crash, as on a real server
        url = server.create_database("office")
        init_server(url)
        address = url.render_as_string(hide_password=False)
        writer = start_writer(address, "甲", 100_000)  # type: ignore[arg-type]
        assert writer.stdout is not None
        lines = [writer.stdout.readline() for _ in range(40)]
        server.stop()  # immediate shutdown in the middle of the writer's saves
        out, err = writer.communicate(timeout=120)
        assert writer.returncode != 0 and "无法连接律所数据库服务器" in err
        rows = committed(lines + out.splitlines(keepends=True))
        assert len(rows) >= 40
        server.start()
        with CaseRepository.open(address) as repo:
            assert_intact(repo, rows)
            # Nothing half-saved: every stored case has valid facts (a case created but not yet edited
            # when the server died is there as first created, or not at all).
            from liability_wizard.storage.records import CaseQuery

            for summary in repo.list_cases(CaseQuery(limit=None)).items:
                repo.load(summary.id)
            assert repo.list_cases(CaseQuery(limit=None)).total in (len(rows), len(rows) + 1)
