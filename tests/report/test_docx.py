"""The editable Word copy: every example's .docx, converted to PDF by LibreOffice, has the PDF letter's
pages (within one) and every paragraph of its text; fonts named, not embedded; page fields, header."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import EXAMPLE_CASES, example_id
from tests.report.conftest import FIRM, FOOTER, HEADER, LETTER_DATE, RenderedLetter, read_back, squeeze

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.paths import resources_dir
from liability_wizard.report.blocks import Heading, Items, Label, Paragraph, Quote, Table
from liability_wizard.report.docx_letter import outline_docx, render_docx
from liability_wizard.report.letter_content import letter_content
from liability_wizard.report.outline import Outline, outline

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; dev.py installs libreoffice-writer-nogui")

#: LibreOffice given the letter's own fonts for 宋体/黑体 (this machine has no Chinese system font), so its
#: pages are comparable with WeasyPrint's and nothing is drawn as a blank box.
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans SC</family></prefer></alias>
</fontconfig>
"""


def outline_of(letter: RenderedLetter) -> Outline:
    return outline(letter_content(letter.case, letter.evaluation, FIRM, letter_date=LETTER_DATE))


def texts(o: Outline) -> list[str]:
    """Every paragraph of the letter, as the reader sees it."""
    out = [o.title, o.salutation, *(value for _key, value in o.meta), *(v for _k, v in o.signature)]
    for b in o.blocks:
        if isinstance(b, Heading | Paragraph | Label):
            out.append(b.label + b.text if isinstance(b, Paragraph) else b.text)
        elif isinstance(b, Quote):
            out += [b.reference, *b.lines]
        elif isinstance(b, Items):
            out += b.items
        elif isinstance(b, Table):
            out += [*b.head, *(part for row in b.rows for c in row for part in (c.text, c.detail) if part)]
    return out


def raw_text(pdf: Path) -> str:
    """The body text in content-stream order, page headers and footers dropped, whitespace removed."""
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout
    return squeeze("".join(line for line in text.splitlines() if not FOOTER.match(line) and not HEADER.match(line)))


@pytest.fixture(scope="session")
def converted(tmp_path_factory: pytest.TempPathFactory, letters: dict[str, RenderedLetter]) -> dict[str, Path]:
    """Every example's .docx converted to PDF by one LibreOffice run."""
    assert SOFFICE
    folder = tmp_path_factory.mktemp("docx")
    (folder / "fonts.conf").write_text(FONTS_CONF.format(fonts=resources_dir() / "fonts",
                                                         cache=folder / "fc-cache"), encoding="utf-8")
    sources = []
    for key, letter in letters.items():
        path = folder / f"{key}.docx"
        path.write_bytes(outline_docx(outline_of(letter)))
        sources.append(str(path))
    env = {"FONTCONFIG_FILE": str(folder / "fonts.conf"), "HOME": str(folder), "PATH": "/usr/bin:/bin"}
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *sources],
                   check=True, capture_output=True, env=env, timeout=600)
    return {key: folder / "pdf" / f"{key}.pdf" for key in letters}


@needs_soffice
@pytest.mark.parametrize("key", [example_id(p) for p in EXAMPLE_CASES])
def test_word_copy_has_the_pdf_pages_and_text(key: str, letters: dict[str, RenderedLetter],
                                              converted: dict[str, Path]) -> None:
    letter = letters[key]
    text, footers, pages, _lines = read_back(converted[key].read_bytes(), converted[key])
    assert abs(pages - letter.pages) <= 1, (pages, letter.pages)
    assert footers == [f"第{n}页共{pages}页" for n in range(1, pages + 1)]  # PAGE / NUMPAGES fields
    # pdftotext's reading order interleaves the columns of wrapped table cells; its content-stream
    # order keeps a cell together but may split a paragraph across pages: either must hold it whole.
    word, pdf = (text, raw_text(converted[key])), (letter.text, raw_text(letter.path))
    for paragraph in map(squeeze, texts(outline_of(letter))):
        assert any(paragraph in t for t in word), paragraph
        assert any(paragraph in t for t in pdf), paragraph


def test_docx_names_fonts_embeds_none_and_has_fields() -> None:
    case = read_case_file(EXAMPLE_CASES[0])
    data = render_docx(case, evaluate_case(case), FIRM, letter_date=date(2025, 6, 1), draft=True)
    assert len(data) <= 100 * 1024
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        names = docx.namelist()
        parts = {n: docx.read(n).decode("utf-8") for n in names if n.endswith(".xml")}
    assert not [n for n in names if n.startswith("word/fonts/")]  # nothing embedded
    styles, fonts = parts["word/styles.xml"], parts["word/fontTable.xml"]
    assert 'w:eastAsia="宋体"' in styles and 'w:eastAsia="黑体"' in styles
    assert 'w:altName w:val="Songti SC"' in fonts and 'w:altName w:val="Heiti SC"' in fonts
    footers = "".join(v for k, v in parts.items() if "footer" in k)
    headers = "".join(v for k, v in parts.items() if "header" in k)
    assert "PAGE" in footers and "NUMPAGES" in footers
    assert "文号：" in headers and 'string="草稿"' in headers
    assert 'w:w="11906"' in parts["word/document.xml"] and 'w:h="16838"' in parts["word/document.xml"]  # A4
