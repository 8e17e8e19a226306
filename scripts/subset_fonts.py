"""Make the letter's fonts (``resources/fonts/*.otf``) from Debian's ``fonts-noto-cjk``.

Run once when the character set changes; the subset files are committed. The TTC files
carry one face per region (face 0 is Japanese), so the Simplified-Chinese face is picked by
its name and saved as single-face OTF files covering the whole basic CJK block (U+4E00–U+9FFF,
so rare name characters such as 喆 堃 镕 玥 are there), Latin and the punctuation a letter uses.

Each face is split in two: the everyday characters (Latin, punctuation, the GB2312 hanzi) and
an extension family ("… Ext") with the rest of the block, named after it in every font stack.
WeasyPrint embeds every glyph id up to the highest one a letter uses, so a small everyday font
keeps each PDF small and fast to write; the extension is embedded only when a rare character
is used. Hinting and the vertical-writing tables are dropped (print only, horizontal text).
Takes about a minute per face.

    python scripts/subset_fonts.py [--source /usr/share/fonts/opentype/noto]
    python scripts/subset_fonts.py --characters-only   # rewrite only the character lists

Then it writes the lists of characters the letter's fonts can draw, with and without the extension
fonts (report/fonts.py reads them instead of parsing the fonts in every process).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

#: (source TTC, face name inside it, family written into the subsets, style, rare-character part too).
#: The letter's body text is regular serif, headings and labels bold sans. The desktop program's
#: interface uses regular sans for everyday text only; its rare characters fall back to the serif.
FACES = (
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "Noto Serif SC", "Regular", True),
    ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold", "Noto Sans SC", "Bold", True),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "Noto Sans SC", "Regular", False),
)
EXTENSION = " Ext"  # family suffix of the rare-character part

#: Inclusive code point ranges kept in every subset.
RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x017F),  # Latin-1 supplement, Latin Extended-A (¥ × ÷ · and foreign names)
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ)
    (0x0391, 0x03C9),  # Greek letters (α, β, Ω in product names)
    (0x2000, 0x206F),  # general punctuation: “ ” ‘ ’ — … ‧ ※
    (0x2100, 0x218F),  # letterlike symbols and number forms: ℃ № Ⅰ Ⅱ
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⑴ ⒈
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes: ■ □ ● ○ ◆ △
    (0x2600, 0x26FF),  # miscellaneous symbols: ★ ☆
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、 。 《 》 「 」 【 】 〇
    (0x3200, 0x32FF),  # enclosed CJK: ㈠ ㊀
    (0x4E00, 0x9FFF),  # CJK unified ideographs (basic block)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms: ， ： ； （ ） ！ ？ ￥
)


def _is_everyday(codepoint: int) -> bool:
    """Everything but the hanzi outside GB2312 (the characters of everyday text)."""
    if not 0x4E00 <= codepoint <= 0x9FFF:
        return True
    try:
        chr(codepoint).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def codepoints(everyday: bool) -> list[int]:
    return [cp for start, end in RANGES for cp in range(start, end + 1) if _is_everyday(cp) == everyday]


def file_name(family: str, style: str) -> str:
    """Noto Serif SC Ext, Regular → NotoSerifSCExt-Regular.otf"""
    return f"{family.replace(' ', '')}-{style}.otf"


def extract_face(ttc_path: Path, face_name: str) -> TTFont:
    for font in TTCollection(str(ttc_path)).fonts:
        if font["name"].getDebugName(4) == face_name:
            return font
    raise SystemExit(f"{ttc_path}: no face named {face_name!r}")


def rename(font: TTFont, family: str, style: str) -> None:
    """The subset is a modified version; it is named as its own family (no Reserved Font Name applies)."""
    names = font["name"]
    full = f"{family} {style}" if style != "Regular" else family
    postscript = f"{family.replace(' ', '')}-{style}"
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 3:
            record.string = f"{postscript};subset"
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
    font["CFF "].cff.fontNames = [postscript]


def subset_face(source: Path, ttc: str, face_name: str, family: str, style: str, everyday: bool) -> Path:
    font = extract_face(source / ttc, face_name)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = False  # shared subroutines keep CFF small
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG"]
    # No locl/fwid/vert: their closure adds the Japanese, Korean and Traditional glyph variants
    # (40,000 glyphs instead of 22,000).
    options.layout_features = ["kern", "liga", "palt", "halt"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints(everyday))
    subsetter.subset(font)
    rename(font, family, style)
    font.recalcTimestamp = False  # same input, same bytes: the committed files only change with the script
    target = OUT / file_name(family, style)
    font.save(str(target))
    return target


def write_licence(copyright_file: Path, notice: str) -> Path:
    """OFL.txt: the fonts' copyright notice and the licence text from the Debian package."""
    text = copyright_file.read_text(encoding="utf-8")
    body = text.split("License: SIL-1.1\n", 2)[2].split("\nLicense: ", 1)[0]
    lines = [line[1:] if line.startswith(" ") else line for line in body.splitlines()]
    licence = "\n".join("" if line == "." else line for line in lines).strip("\n")
    header = (f"{notice}\nNoto is a trademark of Google Inc.\n\n"
              "The files in this folder are subsets of Noto Serif CJK SC and Noto Sans CJK SC\n"
              "(https://github.com/notofonts/noto-cjk), made by scripts/subset_fonts.py.\n\n")
    target = OUT / "OFL.txt"
    target.write_text(header + licence + "\n", encoding="utf-8")
    return target


def write_printable_characters() -> list[Path]:
    sys.path.insert(0, str(ROOT / "src"))
    from liability_wizard.report.fonts import (
        EVERYDAY_FACES,
        EVERYDAY_FILE,
        FONT_FACES,
        PRINTABLE_FILE,
        character_ranges,
        font_characters,
    )

    targets = []
    for file_name, faces in ((PRINTABLE_FILE, FONT_FACES), (EVERYDAY_FILE, EVERYDAY_FACES)):
        target = OUT / file_name
        target.write_text(character_ranges(font_characters(faces)), encoding="ascii")
        targets.append(target)
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder holding the Noto CJK TTC files")
    parser.add_argument("--copyright", type=Path, default=DEBIAN_COPYRIGHT,
                        help="Debian copyright file (OFL text)")
    parser.add_argument("--characters-only", action="store_true",
                        help="only rewrite the character lists from the fonts in resources/fonts")
    args = parser.parse_args(argv)
    if args.characters_only:
        for target in write_printable_characters():
            print(target.relative_to(ROOT))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    notices = []
    for ttc, face_name, family, style, with_extension in FACES:
        parts = ((family, True), (family + EXTENSION, False)) if with_extension else ((family, True),)
        for part_family, everyday in parts:
            target = subset_face(args.source, ttc, face_name, part_family, style, everyday)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.1f} MB")
        notice = f"{family}: {TTFont(str(target))['name'].getDebugName(0)}"
        if notice not in notices:
            notices.append(notice)
    notice = "\n".join(notices)
    print(write_licence(args.copyright, notice).relative_to(ROOT))
    for target in write_printable_characters():
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
