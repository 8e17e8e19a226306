"""Sort keys that put names and titles in pinyin order (安 < 北 < 张), stored with each case.

Sorting by pinyin in SQL needs a key the database can compare byte by byte: SQLite has no Chinese
collation, and a PostgreSQL server's collation is whatever the firm's IT person chose. So the key is
computed when a case is saved, kept in a column with an index (``cases.title_sort_key`` …, compared
as ``COLLATE "C"`` on PostgreSQL), and 100,000 cases sort the same on both back ends without reading
their facts.

The readings are pypinyin's, with the phrases of its dictionary that change a reading, so polyphones
at the start of a name read as in the word (重庆 chong2, 长沙 chang2, 厦门 xia4), which is where the sort
order is decided. They are read from ``resources/pinyin/readings.json`` (written from pypinyin by
``scripts/pinyin_readings.py``; ``tests/storage/test_sort_keys.py`` checks the keys against pypinyin's
own): a 16-bit table of each character's reading and ~9,100 phrases, ~2 MB in the window where
pypinyin's tables took ~20 MB.
"""

from __future__ import annotations

import base64
import json
import re
import sys
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from liability_wizard.paths import resources_dir

#: Characters of the text that go into the key: enough to order any real list, and short enough for a
#: PostgreSQL B-tree entry (≤ 2,704 bytes) whatever a title holds.
KEY_CHARACTERS = 48
#: Ends each reading: below every printable character, so a shorter reading sorts first (an < ang).
_SYLLABLE_END = "\x1f"
#: Between the readings and the text itself: same readings, then the text breaks the tie (妈 < 嬷).
_TIE_BREAK = "\x1e"


def pinyin_sort_key(text: str | None) -> str:
    """The key of ``text`` (empty for none): each character's toned pinyin (``zhang1``), other
    characters folded (full-width to half-width, lower case), whitespace left out."""
    if not text:
        return ""
    readings = _readings()
    folded = "".join(unicodedata.normalize("NFKC", text).casefold().split())[:KEY_CHARACTERS]
    return "".join(reading + _SYLLABLE_END for word in readings.words(folded) for reading in readings.of(word)) \
        + _TIE_BREAK + folded


@dataclass(frozen=True, slots=True)
class Readings:
    """pypinyin's readings and segmentation, as ``scripts/pinyin_readings.py`` wrote them down."""

    hans: re.Pattern[str]  # a character pypinyin segments as Chinese
    syllables: tuple[str, ...]  # index 0: the character is read as itself
    first: int  # the code point of characters[0]
    characters: array  # 16-bit indices into syllables
    phrases: dict[str, str]  # readings joined by spaces
    sorted_phrases: tuple[str, ...]  # to find the phrases a text starts with

    def of(self, word: str) -> list[str]:
        """The readings of one word of :meth:`words`: a phrase's, else each character's."""
        phrase = self.phrases.get(word)
        return phrase.split(" ") if phrase is not None else [self._character(c) for c in word]

    def _character(self, character: str) -> str:
        index = ord(character) - self.first
        number = self.characters[index] if 0 <= index < len(self.characters) else 0
        return self.syllables[number] if number else character

    def words(self, text: str) -> Iterator[str]:
        """pypinyin's ``seg``: runs of Chinese and of other characters; each Chinese run cut into
        phrases and single characters by forward maximum matching."""
        for run in _runs(text, self.hans):
            if self.hans.match(run):
                yield from self._cut(run)
            else:
                yield run

    def _starts_phrase(self, text: str) -> bool:
        at = bisect_left(self.sorted_phrases, text)
        return at < len(self.sorted_phrases) and self.sorted_phrases[at].startswith(text)

    def _cut(self, text: str) -> Iterator[str]:
        # pypinyin.seg.mmseg.Seg.cut with no_non_phrases=True, step for step (its quirks included:
        # a run that is all prefixes of phrases but no phrase is yielded character by character).
        remain = text
        while remain:
            last_valid = ""
            for end in range(1, len(remain) + 1):
                word = remain[:end]
                if not self._starts_phrase(word):
                    if last_valid:
                        yield last_valid
                        remain = remain[len(last_valid):]
                    else:
                        yield remain[0]
                        remain = remain[1:]
                    break
                if word in self.phrases:
                    last_valid = word
            else:
                if last_valid:
                    yield last_valid
                    remain = remain[len(last_valid):]
                else:  # not a phrase: were it one, it would be last_valid
                    yield from remain
                    break


def _runs(text: str, hans: re.Pattern[str]) -> Iterator[str]:
    """pypinyin's ``simple_seg``: the text split where it changes between Chinese and other characters."""
    start = 0
    for at in range(1, len(text)):
        if bool(hans.match(text[at])) != bool(hans.match(text[at - 1])):
            yield text[start:at]
            start = at
    if text:
        yield text[start:]


@lru_cache(maxsize=1)
def _readings() -> Readings:
    document = json.loads((resources_dir() / "pinyin" / "readings.json").read_text(encoding="utf-8"))
    characters = array("H", zlib.decompress(base64.b64decode(document["characters"])))
    if sys.byteorder == "big":
        characters.byteswap()
    phrases: dict[str, str] = document["phrases"]
    return Readings(re.compile(document["hans"]), ("", *document["syllables"]), document["first"], characters,
                    phrases, tuple(sorted(phrases)))
