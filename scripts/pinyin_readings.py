"""Write ``resources/pinyin/readings.json``: the readings the pinyin sort keys need, taken from pypinyin.

The sort keys (``storage/sort_keys.py``) read each character as pypinyin does (its first reading, in
pypinyin's ``TONE3`` style: ``zhong1``), and read a word as a whole where pypinyin's phrase dictionary
reads it otherwise than its characters alone (重庆 chong2, 长沙 chang2, 厦门 xia4), segmenting the text
as pypinyin does with those phrases and the phrases that hold one of them (so that 一个萝卜一个坑 is
still one word, as with the whole dictionary): about 9,100 of its 47,111 phrases. The program reads
this file instead of importing pypinyin, whose tables took ~20 MB in the window; pypinyin is needed
only here and in ``tests/storage/test_sort_keys.py``, which compares the file with the installed
pypinyin and the keys with those pypinyin gives. Run this again after upgrading pypinyin.

The document: ``hans``, pypinyin's pattern of the characters it segments as Chinese; ``syllables``,
every reading; ``characters``, from code point ``first`` on, each code point's reading as a 1-based
index into ``syllables`` (0: read as itself), little-endian 16-bit, zlib, base64; ``phrases``, each
phrase's readings joined by spaces.
"""

from __future__ import annotations

import base64
import json
import sys
import zlib
from array import array
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "pinyin" / "readings.json"


def changing_phrases() -> list[str]:
    """The phrases of pypinyin's dictionary that change a reading, and those that hold one."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    def alone(character: str) -> str:
        return PINYIN_DICT.get(ord(character), "").split(",")[0]

    changing = {phrase for phrase, readings in PHRASES_DICT.items()
                if [r[0] for r in readings] != [alone(c) for c in phrase]}

    def holds_changing(phrase: str) -> bool:
        return any(phrase[i:j] in changing for i in range(len(phrase)) for j in range(i + 2, len(phrase) + 1))

    return [phrase for phrase in sorted(PHRASES_DICT) if holds_changing(phrase)]


def pypinyin_readings(word: str) -> list[str]:
    """pypinyin's readings of one word of its segmentation, as the sort keys use them."""
    from pypinyin import Style, pinyin

    return [reading[0] for reading in pinyin(word, style=Style.TONE3, errors=list, strict=False)]


def pypinyin_sort_key(text: str) -> str:
    """The sort key as computed with pypinyin itself (its whole dictionary, when loaded so): the
    reference ``storage/sort_keys.py`` must agree with."""
    import unicodedata

    from pypinyin.seg.simpleseg import seg

    from liability_wizard.storage.sort_keys import _SYLLABLE_END, _TIE_BREAK, KEY_CHARACTERS

    if not text:
        return ""
    folded = "".join(unicodedata.normalize("NFKC", text).casefold().split())[:KEY_CHARACTERS]
    return "".join(reading + _SYLLABLE_END for word in seg(folded) for reading in pypinyin_readings(word)) \
        + _TIE_BREAK + folded


def readings_document() -> dict[str, object]:
    import pypinyin
    from pypinyin.constants import PINYIN_DICT, RE_HANS

    characters = {code: pypinyin_readings(chr(code)) for code in PINYIN_DICT}
    characters = {code: readings[0] for code, readings in characters.items() if readings != [chr(code)]}
    phrases = {phrase: pypinyin_readings(phrase) for phrase in changing_phrases()}
    syllables = sorted(set(characters.values()) | {r for readings in phrases.values() for r in readings})
    assert all(" " not in s for s in syllables) and len(syllables) < 2**16
    number = {syllable: n for n, syllable in enumerate(syllables, start=1)}
    first = min(characters)
    table = array("H", bytes(2 * (max(characters) - first + 1)))
    for code, reading in characters.items():
        table[code - first] = number[reading]
    if sys.byteorder == "big":
        table.byteswap()
    return {"pypinyin": pypinyin.__version__, "hans": RE_HANS.pattern, "syllables": syllables, "first": first,
            "characters": base64.b64encode(zlib.compress(table.tobytes(), 9)).decode("ascii"),
            "phrases": {phrase: " ".join(readings) for phrase, readings in phrases.items()}}


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document = readings_document()
    OUT.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(document['syllables'])} syllables, {len(document['phrases'])} phrases "
          f"from pypinyin {document['pypinyin']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
