"""Fixtures for the letter tests: each example rendered once per session with real WeasyPrint,
and the PDF read back with poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLE_CASES, example_id

from liability_wizard.core.case import Case, case_from_json_dict, read_case_file
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.letter import LetterRenderer, render_letter

LETTER_DATE = date(2025, 6, 1)
FIRM = FirmProfile(name="北京市某某律师事务所", address="北京市朝阳区建国路88号", phone="010-88886666",
                   lawyer="王某某")


@dataclass(frozen=True)
class RenderedLetter:
    case: Case
    evaluation: Evaluation
    pdf: bytes
    path: Path
    text: str  # the body text, page headers and footers removed, all whitespace removed
    footers: list[str]  # each page's 第 X 页 共 Y 页
    pages: int
    page_lines: list[list[str]]  # each page's body lines, as pdftotext wrote them


def printed(text: str) -> str:
    """An evaluator sentence as the letter prints it: every law by its short name after the 释义."""
    from liability_wizard.core.catalogue import load_catalogue
    from liability_wizard.report.abbreviations import Abbreviations

    return Abbreviations(law.title for law in load_catalogue().laws.values())(text)


def squeeze(text: str) -> str:
    """Drop every kind of whitespace, no-break spaces included, so wrapped lines compare."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


FOOTER = re.compile(r"^\s*第\s*\d+\s*页\s*共\s*\d+\s*页\s*$")
HEADER = re.compile(r"^\s*文号：.*$")


def read_back(pdf: bytes, path: Path) -> tuple[str, list[str], int, list[list[str]]]:
    """The PDF's body text (squeezed), its page footers, its page count and each page's body lines."""
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    lines = text.splitlines()
    footers = [squeeze(line) for line in lines if FOOTER.match(line)]
    body = [line for line in lines if not FOOTER.match(line) and not HEADER.match(line)]
    page_lines = [[line for line in page.splitlines() if line.strip() and not FOOTER.match(line)
                   and not HEADER.match(line)] for page in text.split("\f") if page.strip()]
    return squeeze("\n".join(body)), footers, pages, page_lines


def render_and_read(case: Case, path: Path, renderer: LetterRenderer | None = None,
                    firm: FirmProfile = FIRM, **options: Any) -> RenderedLetter:
    evaluation = evaluate_case(case)
    pdf = render_letter(case, evaluation, firm, letter_date=options.pop("letter_date", LETTER_DATE),
                        renderer=renderer, **options)
    text, footers, pages, page_lines = read_back(pdf, path)
    return RenderedLetter(case, evaluation, pdf, path, text, footers, pages, page_lines)


@pytest.fixture(scope="session")
def letters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, RenderedLetter]:
    """Every example rendered once (the slow part of these tests)."""
    folder = tmp_path_factory.mktemp("letters")
    return {example_id(p): render_and_read(read_case_file(p), folder / f"{p.stem}.pdf")
            for p in EXAMPLE_CASES}


def make_case(**extra: Any) -> Case:
    data: dict[str, Any] = {"format": "liability-wizard-case", "version": 1, "title": "张三诉某平台网购纠纷",
                            "client_role": "consumer",
                            "transaction": {"date": "2024-05-01", "category": "goods", "price": 1299.0}}
    data.update(extra)
    return case_from_json_dict(data)
