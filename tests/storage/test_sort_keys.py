"""The pinyin sort keys read pypinyin's readings from resources/pinyin/readings.json, without pypinyin
(a test and build dependency only): the file must be what the installed pypinyin gives; the keys of
every character pypinyin reads and of its phrases what pypinyin with its whole dictionary gives, and
the keys of any text what pypinyin gives with the shipped phrases (the segmentation is pypinyin's)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: pypinyin with its whole phrase dictionary: the shipped file rebuilt, and the keys of words.
WHOLE_DICTIONARY = """
import json, sys
sys.path.insert(0, "scripts")
from pinyin_readings import pypinyin_sort_key, readings_document
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
phrases = sorted(PHRASES_DICT)
words = phrases[::7] + [w for w in phrases if w.startswith(("一个", "重", "长", "厦"))] + [chr(c) for c in PINYIN_DICT]
json.dump({"document": readings_document(), "keys": {w: pypinyin_sort_key(w) for w in words}}, sys.stdout,
          ensure_ascii=False)
"""
#: pypinyin with only the shipped phrases (as the program loaded it before readings.json): texts
#: made of phrases, characters and other characters, where the segmentation decides.
SHIPPED_PHRASES = """
import json, os, random, sys
os.environ["PYPINYIN_NO_PHRASES"] = "true"
sys.path.insert(0, "scripts")
from pinyin_readings import pypinyin_sort_key
from pypinyin import load_phrases_dict
from pypinyin.constants import PINYIN_DICT
phrases = json.loads(open("resources/pinyin/readings.json", encoding="utf-8").read())["phrases"]
load_phrases_dict({phrase: [[r] for r in readings.split(" ")] for phrase, readings in phrases.items()})
pieces = sorted(phrases)[::10] + [p[:-1] for p in sorted(phrases)[::40]] + [chr(c) for c in sorted(PINYIN_DICT)[::40]]
pieces += ["abc", "ＡＢＣ", " ", "-", "3", "·", "（", "〇", "é", "\\u3000"]
rng = random.Random(13)
texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
texts += ["重庆长寿区某网店", "ABC 厦门", "一个萝卜一个坑", "张三（个体户）", "", "  "]
json.dump({text: pypinyin_sort_key(text) for text in texts}, sys.stdout, ensure_ascii=False)
"""


def _pypinyin_run(code: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"}
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    return json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True,
                                     text=True, check=True).stdout)


def _mismatches(keys: dict[str, str]) -> list[tuple[str, str, str]]:
    from liability_wizard.storage.sort_keys import pinyin_sort_key

    return [(text, pinyin_sort_key(text), key) for text, key in keys.items() if pinyin_sort_key(text) != key]


def test_the_readings_file_is_what_pypinyin_gives_and_words_read_as_with_its_whole_dictionary() -> None:
    whole = _pypinyin_run(WHOLE_DICTIONARY)
    shipped = json.loads((ROOT / "resources" / "pinyin" / "readings.json").read_text(encoding="utf-8"))
    assert shipped == whole["document"], "run scripts/pinyin_readings.py after upgrading pypinyin"
    assert len(whole["keys"]) > 45_000
    assert _mismatches(whole["keys"]) == []


def test_texts_are_segmented_and_read_as_pypinyin_does_with_the_shipped_phrases() -> None:
    from liability_wizard.storage.sort_keys import pinyin_sort_key

    keys = _pypinyin_run(SHIPPED_PHRASES)
    assert len(keys) > 4_000  # some texts come twice
    assert _mismatches(keys) == []
    assert pinyin_sort_key("重庆").startswith("chong2\x1fqing4\x1f")
    assert pinyin_sort_key("一个萝卜一个坑") == pinyin_sort_key("一个萝卜一个坑 ")


def test_the_sort_keys_do_not_load_pypinyin() -> None:
    code = ("import sys\nfrom liability_wizard.storage.sort_keys import pinyin_sort_key\n"
            "print(pinyin_sort_key('重庆')[:6], 'pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["chong2", "False"]
