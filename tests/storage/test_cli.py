"""``liability-wizard cases …`` on a real database file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from liability_wizard.storage.location import DB_ENV_VAR, database_path
from tests.conftest import EXAMPLE_CASES
from tests.storage.conftest import case_data, example_json, run_cli


def imported_ids(out: str) -> list[int]:
    return [int(line.split("案件 ")[1].split("：")[0]) for line in out.splitlines() if "→ 案件" in line]


def test_every_example_round_trips_through_import_and_export(db_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("import", *EXAMPLE_CASES, "--db", db_path) == 0
    ids = imported_ids(capsys.readouterr().out)
    assert len(ids) == len(EXAMPLE_CASES)
    for case_id, path in zip(ids, EXAMPLE_CASES, strict=True):
        exported = tmp_path / f"{case_id}.lwcase"
        assert run_cli("export", case_id, "-o", exported, "--db", db_path) == 0
        assert json.loads(exported.read_text(encoding="utf-8")) == example_json(path), path.name


def test_imported_cases_are_listed_with_their_evaluation(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The import hands the evaluation it made of each file to the list: its answer and deadline."""
    from liability_wizard.core.case import read_case_file
    from liability_wizard.core.evaluator import evaluate_case
    from liability_wizard.storage.repository import CaseRepository

    assert run_cli("import", *EXAMPLE_CASES, "--db", db_path) == 0
    ids = imported_ids(capsys.readouterr().out)
    repo = CaseRepository.open(db_path)
    try:
        for case_id, path in zip(ids, EXAMPLE_CASES, strict=True):
            evaluation = evaluate_case(read_case_file(path))
            summary = repo.load(case_id).summary
            assert (summary.platform_liable, summary.limitation_deadline) == (
                evaluation.platform_liable, evaluation.limitation.deadline), path.name
    finally:
        repo.close()


def test_importing_the_same_file_twice_makes_two_cases(db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("import", EXAMPLE_CASES[0], "--db", db_path)
    run_cli("import", EXAMPLE_CASES[0], "--db", db_path)
    first, second = imported_ids(capsys.readouterr().out)
    assert first != second


def test_a_bad_file_is_named_with_its_field_and_the_others_are_imported(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "坏文件.lwcase"
    bad.write_text(json.dumps(case_data(transaction={"date": "2024-02-30", "category": "goods"})), "utf-8")
    status = run_cli("import", EXAMPLE_CASES[0], bad, EXAMPLE_CASES[1], "--db", db_path)
    captured = capsys.readouterr()
    assert status == 2
    assert "坏文件.lwcase" in captured.err and "transaction.date" in captured.err
    assert "不是真实存在的日期" in captured.err
    assert "Traceback" not in captured.err
    assert len(imported_ids(captured.out)) == 2


def test_list_json_has_every_matching_case_with_the_contract_keys(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("import", *EXAMPLE_CASES, *EXAMPLE_CASES, *EXAMPLE_CASES, *EXAMPLE_CASES, "--db", db_path)
    capsys.readouterr()
    assert run_cli("list", "--json", "--db", db_path) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 4 * len(EXAMPLE_CASES) > 50  # no default limit with --json
    assert {"id", "title", "client", "platform", "updated", "platform_liable"} <= rows[0].keys()
    assert {r["platform_liable"] for r in rows} <= {"yes", "no", "uncertain", "not_covered"}

    run_cli("list", "--json", "--limit", "3", "--search", "周某2013", "--db", db_path)
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and all("周某2013" in r["title"] for r in rows)


def test_text_list_is_limited_and_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("import", *EXAMPLE_CASES, "--db", db_path)
    capsys.readouterr()
    assert run_cli("list", "--limit", "2", "--db", db_path) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert f"共 {len(EXAMPLE_CASES)} 件" in captured.err


def test_the_environment_variable_chooses_the_database(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(db_path))
    assert database_path(None) == db_path
    assert database_path(Path("/elsewhere.sqlite3")) == Path("/elsewhere.sqlite3")  # --db wins
    run_cli("import", EXAMPLE_CASES[0])
    assert db_path.exists()


def test_delete_and_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("import", EXAMPLE_CASES[0], "--db", db_path)
    (case_id,) = imported_ids(capsys.readouterr().out)
    assert run_cli("delete", case_id, "--db", db_path) == 0
    assert "已移入回收站" in capsys.readouterr().out
    run_cli("list", "--json", "--db", db_path)
    assert json.loads(capsys.readouterr().out) == []
    assert run_cli("delete", case_id, "--db", db_path) == 1
    assert "已在回收站" in capsys.readouterr().err
    assert run_cli("restore", case_id, "--db", db_path) == 0
    assert "已恢复" in capsys.readouterr().out
    run_cli("list", "--json", "--db", db_path)
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [case_id]


def test_export_of_a_missing_case_fails_cleanly(db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("export", "42", "-o", tmp_path / "x.lwcase", "--db", db_path) == 1
    assert "没有编号为 42 的案件" in capsys.readouterr().err
    assert not (tmp_path / "x.lwcase").exists()


def test_backup_is_a_standalone_copy_of_every_case(db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("import", *EXAMPLE_CASES, "--db", db_path)
    target = tmp_path / "备份" / "copy.sqlite3"
    target.parent.mkdir()
    assert run_cli("backup", "-o", target, "--db", db_path) == 0
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone()[0] == len(EXAMPLE_CASES)
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(target.parent.glob("*.partial"))
