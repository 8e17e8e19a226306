"""The statute catalogue matches shared/spec/statutes.md character for character, and loads only when sound."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from liability_wizard.core.catalogue import CatalogueError, Citation, StatuteCatalogue, load_catalogue
from liability_wizard.core.numerals import chinese_numeral
from liability_wizard.paths import resources_dir
from tests.conftest import SHARED

SPEC = (SHARED / "spec" / "statutes.md").read_text(encoding="utf-8")
ARTICLE_RE = re.compile(r"^### (?P<cite>[A-Z0-9-]+:\d+) (?P<mark>[✅☑]).*?\n\n```text\n(?P<text>.*?)\n```", re.M | re.S)
SPEC_ARTICLES = {m["cite"]: (m["mark"], m["text"]) for m in ARTICLE_RE.finditer(SPEC)}
TABLE_RE = re.compile(r"^\| (?P<code>[A-Z0-9-]+) \| (?P<name>[^|]+) \| (?P<force>[^|]+) \| (?P<kind>statute|spc) \|$", re.M)


def test_spec_parsed() -> None:
    assert len(SPEC_ARTICLES) == 126


@pytest.mark.parametrize("cite", sorted(SPEC_ARTICLES))
def test_current_text_is_the_spec_text(cite: str) -> None:
    mark, text = SPEC_ARTICLES[cite]
    article = load_catalogue().article(cite)
    latest = article.versions[-1]
    assert f"{article.label} " + "\n".join(latest.paragraphs) == text
    assert article.mark == mark


def test_every_catalogue_article_is_in_the_spec() -> None:
    catalogue = load_catalogue()
    ours = {f"{law.code}:{n}" for law in catalogue.laws.values() for n in law.articles}
    assert ours == set(SPEC_ARTICLES)


@pytest.mark.parametrize("match", list(TABLE_RE.finditer(SPEC)), ids=lambda m: m["code"])
def test_law_names_ranges_and_kinds(match: re.Match[str]) -> None:
    law = load_catalogue().law(match["code"])
    assert law.name == match["name"]
    assert law.kind == match["kind"]
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", match["force"])
    assert law.effective_from == date.fromisoformat(dates[0])
    assert law.effective_until == (date.fromisoformat(dates[1]) if len(dates) > 1 else None)


@pytest.mark.parametrize(("cite", "paragraph"), [("FSL:62", 2), ("FSL:131", 1)])
def test_food_safety_agency_name_changed_on_2018_12_29(cite: str, paragraph: int) -> None:
    catalogue = load_catalogue()
    before = catalogue.quote(f"{cite}.{paragraph}", date(2018, 12, 28)).text
    after = catalogue.quote(f"{cite}.{paragraph}", date(2018, 12, 29)).text
    assert "食品药品监督管理部门" in before and "食品安全监督管理部门" not in before
    assert after == before.replace("食品药品监督管理部门", "食品安全监督管理部门")
    assert after == SPEC_ARTICLES[cite][1].split("\n")[paragraph - 1].removeprefix(
        f"{catalogue.article(cite).label} ")


def test_items_belong_to_their_paragraph() -> None:
    article = load_catalogue().article("GPCIVIL:136")
    assert len(article.versions[0].paragraphs) == 1
    assert article.versions[0].paragraphs[0].count("\n（") == 4


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


def test_consecutive_articles_of_one_law_name_the_law_once() -> None:
    names = load_catalogue().references(["FSL:131.1", "FSL:62", "SPC-FOODSAFETY1:3", "CC:188", "CC:202"])
    assert names == ("《中华人民共和国食品安全法》第一百三十一条第一款、第六十二条、"
                     "《最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）》第三条、"
                     "《中华人民共和国民法典》第一百八十八条、第二百零二条")
