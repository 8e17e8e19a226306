"""``cases export --all DIR``: every case as a .lwcase file (the trash in a subfolder), on both back ends;
the copy imports again into an empty database with the same facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liability_wizard.cli.export_all import TRASH_FOLDER
from liability_wizard.core.case import case_from_json_dict
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES
from tests.storage.conftest import example_json, make_case, run_cli


def test_every_case_is_exported_and_the_trash_apart(repo: CaseRepository, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    ids = [repo.create(case_from_json_dict(example_json(path))).id for path in EXAMPLE_CASES]
    odd = repo.create(make_case('标题/含有:不能*用?"在<文件名>|里的字符')).id
    repo.delete(ids[0])
    target = tmp_path / "导出" / "2026-11-30"
    assert run_cli("export", "--all", target, "--db", str(repo.path)) == 0
    assert f"已导出 {len(ids)} 件案件" in capsys.readouterr().out
    live, trashed = sorted(target.glob("*.lwcase")), sorted((target / TRASH_FOLDER).glob("*.lwcase"))
    assert len(live) == len(ids) and len(trashed) == 1
    assert trashed[0].name.startswith(f"{ids[0]:06d} ")
    exported = {int(p.name.split(" ")[0]): json.loads(p.read_text(encoding="utf-8")) for p in live + trashed}
    for case_id in [*ids, odd]:
        assert exported[case_id] == repo.load(case_id).case.to_json_dict()
    assert any(p.name.startswith(f"{odd:06d} 标题_含有_不能_用_在_文件名_里的字符") for p in live)

    # The copy is portable: a fresh database imports it back with the same facts.
    with CaseRepository.open(tmp_path / "other" / "cases.sqlite3") as other:
        assert run_cli("import", *live, "--db", str(other.path)) == 0
        titles = sorted(s.title for s in other.list_cases().items)
    assert titles == sorted(repo.load(i).case.title for i in [*ids[1:], odd])


def test_a_folder_with_files_is_refused_and_left_alone(repo: CaseRepository, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    repo.create(make_case())
    (tmp_path / "旧的.lwcase").write_text("earlier export", encoding="utf-8")
    assert run_cli("export", "--all", tmp_path, "--db", str(repo.path)) == 1
    assert "不是空的" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".lwcase"] == ["旧的.lwcase"]


def test_one_case_or_all_not_both(repo: CaseRepository, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case_id = repo.create(make_case()).id
    assert run_cli("export", case_id, "--all", tmp_path / "x", "--db", str(repo.path)) == 2
    assert "二者选一" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
