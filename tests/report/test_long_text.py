"""Long text (reliability review F3) and characters the fonts lack (F10)."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from tests.report.conftest import FIRM, LETTER_DATE, make_case, render_and_read, squeeze

from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.report.docx_letter import render_docx
from liability_wizard.report.fonts import MissingCharactersError
from liability_wizard.report.letter import LetterRenderer, render_letter
from liability_wizard.report.long_text import NAME_CHARS, TEXT_CHARS

LONG = "甲" * 10_000


def every_text_long(text: str = LONG) -> dict[str, Any]:
    return {"title": text, "reference": text, "client": {"name": text, "contact": text},
            "platform": {"name": text, "exclusion_clause": True, "exclusion_clause_text": text},
            "seller": {"name": text, "address": text, "contact": text},
            "transaction": {"date": "2024-05-01", "category": "goods", "subject": text, "price": 100.0},
            "promise": {"made": True, "text": text}, "notes": text}


@pytest.mark.slow
def test_ten_thousand_characters_in_every_field_render_quickly_and_say_they_were_cut(tmp_path: Path) -> None:
    case = make_case(**every_text_long())
    renderer = LetterRenderer()
    evaluation = evaluate_case(case)
    render_letter(case, evaluation, FIRM, letter_date=LETTER_DATE, renderer=renderer)  # fonts loaded
    start = time.perf_counter()
    render_letter(case, evaluation, FIRM, letter_date=LETTER_DATE, renderer=renderer)
    # Linear, not minutes (F3); bench/bench_letter.py holds the 2 s target on a quiet machine.
    assert time.perf_counter() - start < 8
    letter = render_and_read(case, tmp_path / "long.pdf", renderer)
    assert "以下从略；全文共10000字，见案件记录" in letter.text
    assert "甲" * (TEXT_CHARS + 1) not in letter.text and "甲" * TEXT_CHARS in letter.text
    assert squeeze("甲" * NAME_CHARS + "……") in letter.text
    assert len(render_docx(case, letter.evaluation, FIRM, letter_date=LETTER_DATE)) <= 100 * 1024


def test_unprintable_character_named_with_its_field() -> None:
    case = make_case(client={"name": "张三😀"}, transaction={"date": "2024-05-01", "category": "goods",
                                                             "subject": "耳机𠀀"})
    with pytest.raises(MissingCharactersError) as raised:
        render_letter(case, evaluate_case(case), FIRM, letter_date=LETTER_DATE)
    message = raised.value.message
    assert "字段 client.name（委托人姓名或名称）中的“😀”（U+1F600）" in message
    assert "字段 transaction.subject（交易标的）中的“𠀀”（U+20000）" in message


def test_word_copy_holds_any_case_text() -> None:
    # Control characters and <tags> are valid case text; Word cannot store the former (shown as U+FFFD).
    case = make_case(notes="第一行\n\x07<b>需核实</b>\ufffe", client={"name": "张\x01三"})
    data = render_docx(case, evaluate_case(case), FIRM, letter_date=LETTER_DATE)
    document = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "&lt;b&gt;需核实&lt;/b&gt;" in document and "张\ufffd三" in document
