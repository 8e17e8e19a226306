"""The shipped fonts: single-face static OTF subsets with the needed characters; gaps caught first."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fontTools.ttLib import TTFont
from tests.report.conftest import make_case

from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.paths import resources_dir, templates_dir
from liability_wizard.report.fonts import (
    EVERYDAY_FACES,
    EVERYDAY_FILE,
    FONT_FACES,
    MissingCharactersError,
    character_ranges,
    font_characters,
    font_face_css,
    needs_extension_fonts,
    printable_characters,
    unprintable_characters,
)
from liability_wizard.report.letter import LetterRenderer, letter_html, render_letter

NEEDED = "喆堃镕玥法律意见书《》「」【】、，。：；？！（）…—“”‘’·①②⑩㈠〇％￥¥×ABCxyz0123456789,.:%"


@pytest.mark.parametrize("face", FONT_FACES, ids=lambda f: f.file_name)
def test_single_face_static_otf_under_10_mb(face) -> None:
    data = face.path.read_bytes()
    assert data[:4] == b"OTTO"  # CFF OpenType, not a collection ("ttcf") or TrueType
    assert len(data) < 10 * 1024 * 1024
    font = TTFont(face.path)
    assert "fvar" not in font and "CFF " in font
    assert font["name"].getDebugName(1) == face.family


def test_fonts_cover_the_basic_cjk_block_and_punctuation() -> None:
    printable = printable_characters()
    assert all(ord(c) in printable for c in NEEDED)
    block = range(0x4E00, 0xA000)
    assert sum(cp in printable for cp in block) > 20900  # the whole block, bar unassigned points


def test_the_shipped_character_lists_are_what_the_shipped_fonts_draw() -> None:
    # scripts/subset_fonts.py --characters-only rewrites them after a change to the fonts.
    assert frozenset(printable_characters()) == font_characters()
    everyday = font_characters(EVERYDAY_FACES)
    assert (resources_dir() / "fonts" / EVERYDAY_FILE).read_text(encoding="ascii") == character_ranges(everyday)
    assert everyday < frozenset(printable_characters())


def test_only_rare_characters_need_the_extension_fonts() -> None:
    assert not needs_extension_fonts("法律意见书《》（）：；、，。“”…—ABC 0123,.%\n\u200b")
    assert needs_extension_fonts("王喆") and needs_extension_fonts("张堃")


def test_licence_shipped() -> None:
    text = (resources_dir() / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "Adobe" in text


def test_every_font_stack_names_only_the_shipped_fonts() -> None:
    css = (templates_dir() / "opinion_letter.css").read_text(encoding="utf-8") + font_face_css()
    families = {f.family for f in FONT_FACES}
    stacks = re.findall(r"font-family:\s*([^;}]+)", css)
    assert len(stacks) >= 5
    for stack in stacks:
        names = {n.strip().strip('"') for n in stack.split(",")}
        assert names <= families, stack
    assert "@bottom-center" in css and "font-family" in css.split("@bottom-center", 1)[1].split("}", 1)[0]


def test_unprintable_characters_found_in_order() -> None:
    assert unprintable_characters("张喆\n\t\u200b法律") == []
    assert unprintable_characters("𠀀甲𪚥𠀀") == ["𠀀", "𪚥"]


def test_missing_character_raises_before_rendering() -> None:
    case = make_case(client={"name": "𠀀先生"}, notes="𪚥")
    renderer = LetterRenderer()
    with pytest.raises(MissingCharactersError) as raised:
        render_letter(case, evaluate_case(case), FirmProfile(), letter_date=date(2025, 6, 1),
                      renderer=renderer)
    assert raised.value.characters == ["𠀀", "𪚥"]
    assert "U+20000" in raised.value.message and "U+2A6A5" in raised.value.message
    # The check runs on the letter's text, so the HTML itself is still available to the caller.
    assert "𠀀先生" in letter_html(case, evaluate_case(case), FirmProfile(), letter_date=date(2025, 6, 1))


@pytest.mark.slow
def test_rare_characters_print_from_the_extension_fonts(tmp_path) -> None:
    import subprocess

    from tests.report.conftest import render_and_read

    renderer = LetterRenderer()
    render_and_read(make_case(), tmp_path / "common.pdf", renderer)
    extension_files = {face.file_name for face in FONT_FACES if face.is_extension}
    assert not {url.rsplit("/", 1)[-1] for url in renderer.fetch_log.served} & extension_files  # not loaded
    case = make_case(client={"name": "王喆"}, notes="张堃、李镕、赵玥")
    firm = FirmProfile(name="堃喆律师事务所")  # the letterhead is set in the sans stack
    letter = render_and_read(case, tmp_path / "rare.pdf", renderer, firm=firm)
    assert {url.rsplit("/", 1)[-1] for url in renderer.fetch_log.served} >= extension_files  # loaded when needed
    for name in ("王喆", "张堃、李镕、赵玥", "堃喆律师事务所"):
        assert name in letter.text
    fonts = subprocess.run(["pdffonts", str(letter.path)], capture_output=True, check=True, text=True).stdout
    assert "Noto-Serif-SC-Ext" in fonts and "Noto-Sans-SC-Ext" in fonts
    assert len(letter.pdf) <= 300 * 1024
