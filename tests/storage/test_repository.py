"""The repository API the GUI uses, on a real SQLite file."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import date

import pytest

from liability_wizard.core.case import CaseFormatError
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.storage.errors import CaseNotFoundError
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.conftest import EXAMPLE_CASES, EXAMPLES
from tests.storage.conftest import make_case


def test_create_then_load_gives_the_same_case(repo: CaseRepository) -> None:
    case = make_case(client={"name": "张三"}, platform={"name": "某购物平台"}, notes="<b>原样</b> {{ x }}")
    summary = repo.create(case)
    stored = repo.load(summary.id)
    assert stored.case.to_json_dict() == case.to_json_dict()
    assert (summary.client, summary.platform, summary.law_date) == ("张三", "某购物平台", date(2024, 5, 1))
    assert summary.created == summary.updated and summary.deleted is None


def test_every_example_is_stored_with_the_evaluators_outcome(repo: CaseRepository,
                                                            examples_repo: dict[str, int]) -> None:
    for path in EXAMPLE_CASES:
        expected = json.loads((EXAMPLES / path.name.replace(".lwcase", ".expected.json")).read_text("utf-8"))
        summary = repo.load(examples_repo[path.name]).summary
        assert summary.platform_liable == expected["platform_liable"], path.name


def test_save_draft_replaces_the_facts_and_updates_the_list_columns(repo: CaseRepository) -> None:
    summary = repo.create(make_case())
    time.sleep(0.01)
    edited = make_case("改过的标题", client={"name": "李四"},
                       transaction={"date": "2019-02-03", "category": "food"})
    saved = repo.save_draft(summary.id, edited)
    assert (saved.title, saved.client, saved.law_date) == ("改过的标题", "李四", date(2019, 2, 3))
    assert saved.updated > summary.updated
    assert repo.load(summary.id).case.to_json_dict() == edited.to_json_dict()


def test_saving_unchanged_facts_keeps_the_updated_time(repo: CaseRepository) -> None:
    case = make_case()
    summary = repo.create(case)
    time.sleep(0.01)
    assert repo.save_draft(summary.id, case).updated == summary.updated


def test_a_case_broken_after_validation_is_refused_and_nothing_changes(repo: CaseRepository) -> None:
    summary = repo.create(make_case())
    broken = make_case()
    broken.title = ""  # pydantic does not re-validate plain attribute assignment
    with pytest.raises(CaseFormatError) as caught:
        repo.save_draft(summary.id, broken)
    assert caught.value.field == "title"
    assert repo.load(summary.id).case.title == "张三诉某平台网购纠纷"


def test_missing_case_is_reported_in_chinese(repo: CaseRepository) -> None:
    with pytest.raises(CaseNotFoundError, match="没有编号为 99 的案件"):
        repo.load(99)


def test_duplicate_is_a_new_case_with_the_same_facts(repo: CaseRepository) -> None:
    original = repo.create(make_case(notes="备注"))
    copy = repo.duplicate(original.id)
    assert copy.id != original.id
    assert copy.title == "张三诉某平台网购纠纷（副本）"
    assert repo.load(copy.id).case.notes == "备注"


def test_delete_restore_purge(repo: CaseRepository) -> None:
    keep, gone = repo.create(make_case("留下")), repo.create(make_case("删除"))
    with pytest.raises(CaseNotFoundError, match="不在回收站"):
        repo.purge(gone.id)
    assert repo.delete(gone.id).deleted is not None
    assert [s.id for s in repo.list_cases().items] == [keep.id]
    assert [s.id for s in repo.list_cases(CaseQuery(in_trash=True)).items] == [gone.id]
    with pytest.raises(CaseNotFoundError, match="已在回收站"):
        repo.delete(gone.id)
    assert repo.restore(gone.id).deleted is None
    assert {s.id for s in repo.list_cases().items} == {keep.id, gone.id}
    repo.delete(gone.id)
    repo.purge(gone.id)
    with pytest.raises(CaseNotFoundError):
        repo.load(gone.id)
    assert repo.list_cases(CaseQuery(search="删除", in_trash=True)).total == 0


def test_wizard_page_is_remembered_without_touching_updated(repo: CaseRepository) -> None:
    summary = repo.create(make_case())
    assert repo.load(summary.id).wizard_page is None
    repo.set_wizard_page(summary.id, "harm")
    stored = repo.load(summary.id)
    assert stored.wizard_page == "harm"
    assert stored.summary.updated == summary.updated


def test_snapshots_keep_each_letters_evaluation_newest_first(repo: CaseRepository) -> None:
    case = make_case()
    summary = repo.create(case)
    evaluation = evaluate_case(case)
    first = repo.add_snapshot(summary.id, case, evaluation, rules_version="0.1.0",
                              letter_sha256=hashlib.sha256(b"letter 1").hexdigest())
    second = repo.add_snapshot(summary.id, case, evaluation, rules_version="0.2.0",
                               letter_sha256=hashlib.sha256(b"letter 2").hexdigest())
    history = repo.snapshots(summary.id)
    assert [s.id for s in history] == [second.id, first.id]
    assert history[1].evaluation == evaluation.to_json_dict()
    assert history[1].case_facts == case.to_json_dict()
    assert history[0].rules_version == "0.2.0"
    assert history[0].platform_liable == evaluation.platform_liable
    with pytest.raises(ValueError, match="letter_sha256"):
        repo.add_snapshot(summary.id, case, evaluation, rules_version="x", letter_sha256="abc")


def test_purge_erases_the_snapshots_too(repo: CaseRepository) -> None:
    case = make_case()
    summary = repo.create(case)
    repo.add_snapshot(summary.id, case, evaluate_case(case), rules_version="1", letter_sha256="0" * 64)
    repo.delete(summary.id)
    repo.purge(summary.id)
    with repo.database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM evaluation_snapshots").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM case_facts").scalar() == 0


def test_firm_profile_round_trip(repo: CaseRepository) -> None:
    assert repo.firm_profile() == FirmProfile()
    profile = FirmProfile(name="某某律师事务所", address="北京市", phone="010-1", lawyer="王律师",
                          logo_path="/x.png", lawyer_licence="11101201810012345", second_lawyer="李律师",
                          second_lawyer_licence="11101201910054321", postcode="100022", email="a@b.cn")
    repo.set_firm_profile(profile)
    repo.set_firm_profile(profile)  # a second save updates the single row
    assert repo.firm_profile() == profile


def test_paging_sorting_and_filters(repo: CaseRepository, examples_repo: dict[str, int]) -> None:
    everything = repo.list_cases(CaseQuery(limit=None))
    assert everything.total == len(EXAMPLE_CASES)
    pages = [repo.list_cases(CaseQuery(offset=o, limit=5)) for o in range(0, len(EXAMPLE_CASES), 5)]
    assert [s.id for p in pages for s in p.items] == [s.id for s in everything.items]
    assert all(p.total == len(EXAMPLE_CASES) for p in pages)
    # newest first by default; ids break ties
    assert [s.id for s in everything.items] == sorted(examples_repo.values(), reverse=True)

    by_law_date = repo.list_cases(CaseQuery(sort="law_date", descending=False, limit=None)).items
    assert [s.law_date for s in by_law_date] == sorted(s.law_date for s in by_law_date)
    assert by_law_date[0].law_date < by_law_date[-1].law_date

    liable = repo.list_cases(CaseQuery(outcomes=frozenset({"no", "uncertain"}), limit=None)).items
    outcomes = {s.id: s.platform_liable for s in everything.items}
    assert {s.id for s in liable} == {i for i, o in outcomes.items() if o in ("no", "uncertain")}
    assert liable

    window = repo.list_cases(CaseQuery(law_date_from=date(2014, 1, 1), law_date_to=date(2020, 12, 31),
                                       limit=None)).items
    expected = {s.id for s in everything.items if date(2014, 1, 1) <= s.law_date <= date(2020, 12, 31)}
    assert {s.id for s in window} == expected and expected

