"""Full-text search: 3+ character fragments through the FTS5 trigram index, shorter ones through LIKE."""

from __future__ import annotations

import pytest

from liability_wizard.core.case import Case
from liability_wizard.storage.records import CaseQuery
from liability_wizard.storage.repository import CaseRepository
from tests.storage.conftest import make_case


def searchable_cases() -> dict[str, Case]:
    return {
        "earphones": make_case("王某网购耳机纠纷", reference="2026-民-017", client={"name": "王小明"},
                               platform={"name": "某东商城"}, seller={"name": "深圳市声学科技有限公司"},
                               transaction={"date": "2024-05-01", "category": "goods", "subject": "蓝牙耳机"},
                               notes="客户称耳机为翻新机"),
        "shoes": make_case("赵某购买运动鞋", client={"name": "赵六"}, platform={"name": "拼团平台"},
                           transaction={"date": "2023-03-01", "category": "goods", "subject": "假冒运动鞋"},
                           notes='He said "50% off_now" OR NOT; <script>'),
        "food": make_case("外卖食物中毒", client={"name": "李四"}, platform={"name": "饭来外卖"},
                          transaction={"date": "2022-01-01", "category": "food", "subject": "外卖套餐"}),
    }


@pytest.fixture
def searchable(repo: CaseRepository) -> dict[str, int]:
    return {key: repo.create(case).id for key, case in searchable_cases().items()}


def found(repo: CaseRepository, text: str, **query: object) -> set[int]:
    return {s.id for s in repo.list_cases(CaseQuery(search=text, limit=None, **query)).items}  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "key"), [
    ("网购耳机", "earphones"),    # title
    ("王小明", "earphones"),      # client name
    ("某东商", "earphones"),      # platform name
    ("声学科技", "earphones"),    # seller name
    ("蓝牙耳", "earphones"),      # subject
    ("翻新机", "earphones"),      # notes
    ("民-017", "earphones"),      # reference
    ("饭来外卖", "food"),
])
def test_a_three_character_fragment_of_any_field_finds_the_case(repo: CaseRepository,
                                                                 searchable: dict[str, int],
                                                                 text: str, key: str) -> None:
    assert found(repo, text) == {searchable[key]}


@pytest.mark.parametrize(("text", "keys"), [("赵六", {"shoes"}), ("李", {"food"}), ("耳机", {"earphones"}),
                                            ("外卖", {"food"})])
def test_one_or_two_characters_fall_back_to_like(repo: CaseRepository, searchable: dict[str, int],
                                                 text: str, keys: set[str]) -> None:
    assert found(repo, text) == {searchable[k] for k in keys}


def test_every_word_must_match(repo: CaseRepository, searchable: dict[str, int]) -> None:
    assert found(repo, "王小明 耳机") == {searchable["earphones"]}
    assert found(repo, "王小明\u3000运动鞋") == set()  # full-width space separates words too
    assert found(repo, "赵 运动鞋") == {searchable["shoes"]}


@pytest.mark.parametrize("text", ['"50%', "off_now", "OR NOT", "<script>", "50%", "_n"])
def test_quotes_operators_and_wildcards_are_ordinary_characters(
        repo: CaseRepository, searchable: dict[str, int], text: str) -> None:
    assert found(repo, text) == {searchable["shoes"]}


def test_wildcards_do_not_match_everything(repo: CaseRepository, searchable: dict[str, int]) -> None:
    assert found(repo, "%") == {searchable["shoes"]}
    assert found(repo, "_") == {searchable["shoes"]}
    assert found(repo, "***") == set()


def test_search_follows_edits_and_skips_the_trash(repo: CaseRepository, searchable: dict[str, int]) -> None:
    case_id = searchable["food"]
    repo.save_draft(case_id, make_case("外卖食物中毒", notes="改为腹泻就医"))
    assert found(repo, "腹泻就医") == {case_id}
    assert found(repo, "饭来外卖") == set()  # the old platform name left the index
    repo.delete(case_id)
    assert found(repo, "腹泻就医") == set()
    assert found(repo, "腹泻就医", in_trash=True) == {case_id}


def test_search_combines_with_outcome_filter_and_counts(repo: CaseRepository,
                                                        searchable: dict[str, int]) -> None:
    everything = repo.list_cases(CaseQuery(search="某", limit=None))
    for outcome in ("yes", "no", "uncertain", "not_covered"):
        page = repo.list_cases(CaseQuery(search="某", outcomes=frozenset({outcome}), limit=1))
        assert page.total == sum(1 for s in everything.items if s.platform_liable == outcome)


def test_empty_search_lists_everything(repo: CaseRepository, searchable: dict[str, int]) -> None:
    assert found(repo, "  ") == set(searchable.values())
