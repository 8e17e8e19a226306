"""Write ``resources/pinyin/phrases.json``: the phrases of pypinyin's dictionary that change a reading.

The sort keys (``storage/sort_keys.py``) need pypinyin's phrases only where a word is read otherwise
than its characters alone (重庆 chong2, 长沙 chang2, 厦门 xia4), and the phrases that hold such a word
(so that 一个萝卜一个坑 is still read as one word, as with the whole dictionary): about 9,100 of its
47,111 phrases. Loading just those takes 27 MB and 0.1 s instead of 64 MB and 0.5 s. Run this again after upgrading pypinyin
(``tests/storage/test_sort_keys.py`` compares the file with the installed dictionary).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "pinyin" / "phrases.json"


def changing_phrases() -> dict[str, list[list[str]]]:
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    def alone(character: str) -> str:
        return PINYIN_DICT.get(ord(character), "").split(",")[0]

    changing = {phrase for phrase, readings in PHRASES_DICT.items()
                if [r[0] for r in readings] != [alone(c) for c in phrase]}

    def holds_changing(phrase: str) -> bool:
        return any(phrase[i:j] in changing for i in range(len(phrase)) for j in range(i + 2, len(phrase) + 1))

    return {phrase: readings for phrase, readings in sorted(PHRASES_DICT.items()) if holds_changing(phrase)}


def main() -> int:
    import pypinyin

    OUT.parent.mkdir(parents=True, exist_ok=True)
    document = {"pypinyin": pypinyin.__version__, "phrases": changing_phrases()}
    OUT.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(document['phrases'])} phrases from pypinyin {pypinyin.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
