"""The letter's HTML (report/html_letter.py) without WeasyPrint: every value lands as text or as an
attribute's value, never as markup, and every kind of block is written."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from tests.report.conftest import make_case

from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.letter import letter_html

HOSTILE = '"><script>alert(1)</script><img src=\'x\' a="'


class Elements(HTMLParser):
    """The start tags with their attributes, and the text, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Elements:
    elements = Elements()
    elements.feed(html)
    elements.close()
    return elements


def test_hostile_values_stay_text_and_attribute_values(tmp_path: Path) -> None:
    logo = tmp_path / 'logo"><script>.png'
    logo.write_bytes(b"")
    case = make_case(title=HOSTILE, reference=HOSTILE, client={"name": HOSTILE})
    firm = FirmProfile(name=HOSTILE, lawyer=HOSTILE, logo_path=str(logo))
    elements = parsed(letter_html(case, evaluate_case(case), firm, letter_date=date(2025, 6, 1), draft=True))

    assert not any(tag == "script" for tag, _ in elements.tags)
    images = [attrs for tag, attrs in elements.tags if tag == "img"]
    assert [attrs["class"] for attrs in images] == ["logo"]  # the logo only, its file name inside src
    assert "script" in (images[0]["src"] or "")
    meta = {attrs.get("name"): attrs.get("content") for tag, attrs in elements.tags if tag == "meta"}
    assert meta["author"] == HOSTILE
    header = next(attrs for tag, attrs in elements.tags if tag == "h1")
    assert HOSTILE[:10] in (header["data-running-header"] or "")
    text = "".join(elements.text)
    assert text.count(HOSTILE) >= 4  # firm name, case title, client, lawyer: each printed as written
    assert "草稿" in text


def test_every_kind_of_block_is_written() -> None:
    case = make_case(notes="备注第一行\n第二行")
    elements = parsed(letter_html(case, evaluate_case(case), FirmProfile(), letter_date=date(2025, 6, 1)))
    tags = {tag for tag, _ in elements.tags}
    assert {"h1", "h2", "h3", "p", "ol", "li", "blockquote", "table", "col", "th", "td", "span"} <= tags
    classes = {attrs.get("class") for _, attrs in elements.tags}
    assert {"letterhead", "meta", "salutation", "label", "reference", "damages", "signature", "seal", "sign",
            "notes"} <= classes
