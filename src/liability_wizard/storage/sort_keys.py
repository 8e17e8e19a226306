"""Sort keys that put names and titles in pinyin order (安 < 北 < 张), stored with each case.

Sorting by pinyin in SQL needs a key the database can compare byte by byte: SQLite has no Chinese
collation, and a PostgreSQL server's collation is whatever the firm's IT person chose. So the key is
computed when a case is saved, kept in a column with an index (``cases.title_sort_key`` …, compared
as ``COLLATE "C"`` on PostgreSQL), and 100,000 cases sort the same on both back ends without reading
their facts.

The readings come from ``pypinyin`` with the phrases of its dictionary that change a reading, so
polyphones at the start of a name read as in the word (重庆 chong2, 长沙 chang2, 厦门 xia4), which is
where the sort order is decided. Only those phrases are loaded (``resources/pinyin/phrases.json``,
written by ``scripts/pinyin_phrases.py``): the whole dictionary costs 40 MB more in the window.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable, Iterable
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
    seg = _segmenter()
    folded = "".join(unicodedata.normalize("NFKC", text).casefold().split())[:KEY_CHARACTERS]
    return "".join(reading + _SYLLABLE_END for word in seg(folded) for reading in _readings(word)) \
        + _TIE_BREAK + folded


@lru_cache(maxsize=1)
def _segmenter() -> Callable[[str], Iterable[str]]:
    """pypinyin's word segmentation, trained on the phrases that change a reading (~0.1 s, ~20 MB:
    only where a case is saved)."""
    # Not copying pypinyin's dictionaries, and not loading its whole phrase dictionary, saves memory.
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    from pypinyin import load_phrases_dict
    from pypinyin.seg.simpleseg import seg

    document = json.loads((resources_dir() / "pinyin" / "phrases.json").read_text(encoding="utf-8"))
    load_phrases_dict(document["phrases"])
    return seg


@lru_cache(maxsize=16384)
def _readings(word: str) -> tuple[str, ...]:
    """The readings of one word of pypinyin's segmentation. Cached: titles and names are made of the
    same words again and again (纠纷, 网购, 某平台, surnames), and converting is what costs (8× faster
    over the benchmark's 100,000 generated cases, with the same keys)."""
    from pypinyin import Style, pinyin

    return tuple(reading[0] for reading in pinyin(word, style=Style.TONE3, errors=list, strict=False))
