"""The letter's fonts: the subset Noto SC files shipped in ``resources/fonts`` (scripts/subset_fonts.py).

The letter names only these families, so it looks the same on every machine. A character they
lack would otherwise be drawn by whatever system font happens to have it, or as a blank box on a
machine with none, so the letter's text is checked against their character maps before rendering.
"""

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from liability_wizard.paths import resources_dir

SERIF = "Noto Serif SC"  # body text (宋体 style)
SANS = "Noto Sans SC"  # headings (黑体 style)
EXTENSION = " Ext"  # the rest of the CJK block, named second in each stack (scripts/subset_fonts.py)


class FontFace(NamedTuple):
    family: str
    stack: str  # the font-family stack it belongs to: SERIF or SANS
    weight: int
    file_name: str

    @property
    def path(self) -> Path:
        return resources_dir() / "fonts" / self.file_name

    @property
    def is_extension(self) -> bool:
        return self.family.endswith(EXTENSION)


FONT_FACES = (
    FontFace(SERIF, SERIF, 400, "NotoSerifSC-Regular.otf"),
    FontFace(SERIF + EXTENSION, SERIF, 400, "NotoSerifSCExt-Regular.otf"),
    FontFace(SANS, SANS, 700, "NotoSansSC-Bold.otf"),
    FontFace(SANS + EXTENSION, SANS, 700, "NotoSansSCExt-Bold.otf"),
)


class MissingCharactersError(ValueError):
    """The letter would contain characters its fonts cannot draw; ``fields`` names where each one is
    (character → the fields holding it, as the user knows them: "client.name（委托人姓名或名称）")."""

    def __init__(self, characters: list[str], fields: dict[str, list[str]] | None = None) -> None:
        self.characters = characters
        self.fields = fields or {}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        listed = "；".join(
            (f"字段 {'、'.join(self.fields[c])}中的" if self.fields.get(c) else "") + f"“{c}”（U+{ord(c):04X}）"
            for c in self.characters)
        return (f"信函字体中没有以下字符，无法正确打印：{listed}。"
                "请在案件中改用常用字，或在该字后注明读音。")


def font_face_css(faces: tuple[FontFace, ...] = FONT_FACES) -> str:
    """``@font-face`` rules pointing at the shipped files (absolute file URLs, served by the fetcher)."""
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; font-weight: {face.weight}; font-style: normal; '
        f'src: url("{face.path.as_uri()}") format("opentype"); }}'
        for face in faces
    )


EVERYDAY_FACES = tuple(face for face in FONT_FACES if not face.is_extension)
EXTENSION_FACES = tuple(face for face in FONT_FACES if face.is_extension)


#: The code points both stacks can draw, as ``XXXX-YYYY`` hex ranges, written by
#: ``scripts/subset_fonts.py`` with the fonts: reading it takes a millisecond, where parsing the
#: four fonts' character maps with fontTools took ~60 ms and ~20 MB in every process.
PRINTABLE_FILE = "printable-characters.txt"
#: The same for the everyday faces alone: a letter all of whose characters are in it never loads the
#: two "… Ext" fonts (8.5 MB that WeasyPrint would copy and fontconfig scan in every cold render).
EVERYDAY_FILE = "everyday-characters.txt"


def font_characters(faces: tuple[FontFace, ...] = FONT_FACES) -> frozenset[int]:
    """Code points both stacks can draw with ``faces``, read from the fonts themselves (the script, and
    the test that the shipped lists match the shipped fonts)."""
    from fontTools.ttLib import TTFont

    stacks: dict[str, set[int]] = {}
    for face in faces:
        font = TTFont(str(face.path), lazy=True)
        stacks.setdefault(face.stack, set()).update(font.getBestCmap())
        font.close()
    return frozenset(set.intersection(*stacks.values()))


def character_ranges(characters: frozenset[int]) -> str:
    """``characters`` as the text of :data:`PRINTABLE_FILE`."""
    lines, ordered = [], sorted(characters)
    start = previous = ordered[0]
    for point in [*ordered[1:], None]:
        if point is not None and point == previous + 1:
            previous = point
            continue
        lines.append(f"{start:04X}-{previous:04X}")
        if point is not None:
            start = previous = point
    return "\n".join(lines) + "\n"


class CharacterRanges:
    """Code points as sorted, inclusive ranges: a few kilobytes, where a set of the 22,000 points took
    4 MB for as long as the program ran."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: tuple[int, ...], ends: tuple[int, ...]) -> None:
        self.starts = starts
        self.ends = ends

    def __contains__(self, point: object) -> bool:
        if not isinstance(point, int):
            return False
        at = bisect_right(self.starts, point) - 1
        return at >= 0 and point <= self.ends[at]

    def __iter__(self) -> Iterator[int]:
        for start, end in zip(self.starts, self.ends, strict=True):
            yield from range(start, end + 1)


@cache
def printable_characters() -> CharacterRanges:
    """Code points both stacks can draw (any character may appear in a heading or in body text)."""
    return _character_ranges(PRINTABLE_FILE)


@cache
def everyday_characters() -> CharacterRanges:
    """Code points both stacks draw without their "… Ext" fonts."""
    return _character_ranges(EVERYDAY_FILE)


def _character_ranges(file_name: str) -> CharacterRanges:
    text = (resources_dir() / "fonts" / file_name).read_text(encoding="ascii")
    # One flat list of "start-end" pairs: a generator per line took 11 ms for the everyday list's 3,600.
    ends = [int(point, 16) for point in text.replace("-", " ").split()]
    return CharacterRanges(tuple(ends[0::2]), tuple(ends[1::2]))


def _needs_glyph(char: str) -> bool:
    # Control and format characters (line breaks, zero-width marks) draw nothing, so need no glyph.
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def needs_extension_fonts(text: str) -> bool:
    """Whether ``text`` has a character only the "… Ext" fonts draw."""
    everyday = everyday_characters()
    return any(ord(char) not in everyday and _needs_glyph(char) for char in set(text))


def unprintable_characters(text: str) -> list[str]:
    """The distinct characters of ``text`` the letter's fonts lack, in order of first appearance."""
    printable = printable_characters()
    # Each distinct character once, in order of first appearance: a letter has ~40,000 characters.
    return [char for char in dict.fromkeys(text) if ord(char) not in printable and _needs_glyph(char)]
