"""The statute catalogue loads only when sound, and matches shared/spec/statutes.md character for character."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from liability_wizard.core.catalogue import (
    Article,
    CatalogueError,
    Citation,
    StatuteCatalogue,
    compiled_catalogue,
    load_catalogue,
)
from liability_wizard.core.numerals import chinese_numeral
from liability_wizard.paths import resources_dir
from tests.core.contract import CATALOGUE_ARTICLES, CATALOGUE_LAWS, STATUTE_RANGES

ARTICLE_RE = re.compile(r"^### (?P<cite>[A-Z0-9-]+:\d+) (?P<mark>[✅☑]).*?\n\n```text\n(?P<text>.*?)\n```", re.M | re.S)
TABLE_RE = re.compile(r"^\| (?P<code>[A-Z0-9-]+) \| (?P<name>[^|]+) \| (?P<force>[^|]+) \| (?P<kind>statute|spc) \|$", re.M)
# The table dates a law "2014-03-15 起", "1994-01-01 至 2014-03-14" or, for three interpretations,
# by the day it was adopted ("2002年10月12日通过"): the first date opens the range, "至" closes it.
TABLE_DATE_RE = re.compile(r"(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})")


@pytest.fixture(scope="module")
def spec(shared: Path) -> str:
    return (shared / "spec" / "statutes.md").read_text(encoding="utf-8")


def as_printed(article: Article) -> str:
    """The current text as statutes.md prints it: label, a space, the paragraphs one a line."""
    return f"{article.label} " + "\n".join(article.versions[-1].paragraphs)


def test_catalogue_holds_every_law_and_article_of_contract_v3() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.laws) == CATALOGUE_LAWS
    assert sum(len(law.articles) for law in catalogue.laws.values()) == CATALOGUE_ARTICLES


@pytest.mark.parametrize(("code", "start", "until"), STATUTE_RANGES, ids=[code for code, *_ in STATUTE_RANGES])
def test_statute_ranges_are_the_rules(code: str, start: str, until: str | None) -> None:
    law = load_catalogue().law(code)
    assert (law.kind, law.effective_from, law.effective_until) == (
        "statute", date.fromisoformat(start), date.fromisoformat(until) if until else None)


def test_interpretations_are_of_kind_spc() -> None:
    laws = load_catalogue().laws.values()
    assert {law.code for law in laws if law.kind == "spc"} == {
        law.code for law in laws if law.code.startswith("SPC-") or law.code == "CPL-INTERP"}


def test_every_text_and_mark_is_the_specs(spec: str) -> None:
    expected = {m["cite"]: (m["mark"], m["text"]) for m in ARTICLE_RE.finditer(spec)}
    catalogue = load_catalogue()
    ours = {f"{law.code}:{n}": (article.mark, as_printed(article))
            for law in catalogue.laws.values() for n, article in law.articles.items()}
    assert sorted(ours) == sorted(expected)
    assert [cite for cite in expected if ours[cite] != expected[cite]] == []


def test_law_names_ranges_and_kinds_are_the_spec_table(spec: str) -> None:
    catalogue = load_catalogue()
    rows = list(TABLE_RE.finditer(spec))
    assert sorted(row["code"] for row in rows) == sorted(catalogue.laws)
    for row in rows:
        law = catalogue.law(row["code"])
        dates = [date(int(y), int(m), int(d)) for y, m, d in TABLE_DATE_RE.findall(row["force"])]
        until = dates[1] if " 至 " in row["force"] else None
        assert (law.name, law.kind, law.effective_from, law.effective_until) == (
            row["name"], row["kind"], dates[0], until), row["code"]


@pytest.mark.parametrize(("cite", "paragraph"), [("FSL:62", 2), ("FSL:131", 1)])
def test_food_safety_agency_name_changed_on_2018_12_29(cite: str, paragraph: int) -> None:
    catalogue = load_catalogue()
    before = catalogue.quote(f"{cite}.{paragraph}", date(2018, 12, 28)).text
    after = catalogue.quote(f"{cite}.{paragraph}", date(2018, 12, 29)).text
    assert "食品药品监督管理部门" in before and "食品安全监督管理部门" not in before
    assert after == before.replace("食品药品监督管理部门", "食品安全监督管理部门")
    assert after == catalogue.article(cite).versions[-1].paragraphs[paragraph - 1]


def test_items_belong_to_their_paragraph() -> None:
    article = load_catalogue().article("GPCIVIL:136")
    assert len(article.versions[0].paragraphs) == 1
    assert article.versions[0].paragraphs[0].count("\n（") == 4


def test_a_line_broken_after_a_semicolon_stays_in_its_paragraph() -> None:
    """statutes.md prints SPC-COPYRIGHT:27.2 on two lines (LawRefBook's layout); officially one paragraph."""
    paragraphs = load_catalogue().article("SPC-COPYRIGHT:27").versions[0].paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("权利人超过三年起诉的") and paragraphs[1].endswith("向前推算三年计算。")


def test_quote_reference_uses_chinese_numerals() -> None:
    quoted = load_catalogue().quote("CRPL:44.1", date(2024, 5, 1))
    assert quoted.reference == "《中华人民共和国消费者权益保护法》第四十四条第一款"
    assert quoted.in_force


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (15, "十五"), (44, "四十四"), (101, "一百零一"),
                                         (110, "一百一十"), (131, "一百三十一"), (1195, "一千一百九十五"),
                                         (1203, "一千二百零三")])
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


@pytest.mark.parametrize("bad", ["CRPL", "CRPL:", "crpl:44", "CRPL:44.", "CRPL:44.1.2"])
def test_malformed_citations_are_refused(bad: str) -> None:
    with pytest.raises(CatalogueError):
        Citation.parse(bad)


@pytest.mark.parametrize("unknown", ["XX:1", "CRPL:999", "CRPL:44.3"])
def test_unknown_citations_do_not_resolve(unknown: str) -> None:
    with pytest.raises(CatalogueError):
        load_catalogue().article(unknown)


def _copy_catalogue(tmp_path: Path) -> Path:
    folder = tmp_path / "statutes"
    shutil.copytree(resources_dir() / "statutes", folder)
    return folder


@pytest.mark.parametrize("until", ["2019-03-01", "2018-12-01"], ids=["overlap", "gap"])
def test_overlapping_or_gapped_versions_are_refused(tmp_path: Path, until: str) -> None:
    folder = _copy_catalogue(tmp_path)
    fsl = folder / "FSL.toml"
    fsl.write_text(fsl.read_text("utf-8").replace("effective_until = 2018-12-28", f"effective_until = {until}", 1),
                   "utf-8")
    with pytest.raises(CatalogueError, match="overlap or leave a gap"):
        StatuteCatalogue.load(folder)


def test_a_title_inside_a_law_name_takes_single_angle_brackets() -> None:
    law = load_catalogue().law("SPC-CC-TIME")
    assert law.name == "最高人民法院关于适用《中华人民共和国民法典》时间效力的若干规定"
    assert law.title == "《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》"


def test_the_1993_text_of_a_law_is_named_after_its_title() -> None:
    law = load_catalogue().law("CRPL1993")
    assert law.name == "中华人民共和国消费者权益保护法（1993年文本）"
    assert load_catalogue().references(["CRPL1993:49", "CRPL:55.1"]) == (
        "《中华人民共和国消费者权益保护法》（1993年文本）第四十九条、《中华人民共和国消费者权益保护法》第五十五条第一款")


@pytest.mark.parametrize(("citations", "names"), [
    (["SPC-LIM:8", "SPC-LIM:15"], "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第八条、第十五条"),
    (["SPC-TM:18"], "《最高人民法院关于审理商标民事纠纷案件适用法律若干问题的解释》第十八条"),
    (["SPC-COPYRIGHT:27"], "《最高人民法院关于审理著作权民事纠纷案件适用法律若干问题的解释》第二十七条"),
    (["SPC-PATENT:17"], "《最高人民法院关于审理专利纠纷案件适用法律问题的若干规定》第十七条"),
    (["CPL-INTERP:90", "CPL-INTERP:91"], "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条、第九十一条"),
    (["CC:196", "CC:995", "GPCIVIL:140"], "《中华人民共和国民法典》第一百九十六条、第九百九十五条、《中华人民共和国民法通则》第一百四十条"),
], ids=lambda v: v[0] if isinstance(v, list) else "")
def test_the_v3_laws_are_named_in_full(citations: list[str], names: str) -> None:
    assert load_catalogue().references(citations) == names


def test_consecutive_articles_of_one_law_name_the_law_once() -> None:
    names = load_catalogue().references(["FSL:131.1", "FSL:62", "SPC-FOODSAFETY1:3", "CC:188", "CC:202"])
    assert names == ("《中华人民共和国食品安全法》第一百三十一条第一款、第六十二条、"
                     "《最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）》第三条、"
                     "《中华人民共和国民法典》第一百八十八条、第二百零二条")


def test_a_law_file_is_named_after_its_code(tmp_path: Path) -> None:
    folder = _copy_catalogue(tmp_path)
    (folder / "FSL.toml").rename(folder / "FOOD.toml")
    with pytest.raises(CatalogueError, match=r"FOOD\.toml: holds law FSL"):
        StatuteCatalogue.load(folder)


def test_the_programs_catalogue_holds_every_law_of_the_folder() -> None:
    laws = load_catalogue().laws
    assert sorted(laws) == sorted(p.stem for p in (resources_dir() / "statutes").glob("*.toml"))
    assert {code: law.code for code, law in laws.items()} == {code: code for code in laws}


def test_the_compiled_catalogue_is_current() -> None:
    shipped = (resources_dir() / "statutes.json").read_text(encoding="utf-8")
    assert shipped == compiled_catalogue(resources_dir() / "statutes"), "run scripts/compile_statutes.py"


def test_the_programs_catalogue_reads_as_the_toml_files() -> None:
    source = StatuteCatalogue.load(resources_dir() / "statutes").laws
    assert dict(load_catalogue().laws) == source
