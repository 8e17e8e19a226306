"""The pinyin sort keys read only the phrases that change a reading (resources/pinyin/phrases.json):
the file must be what the installed pypinyin gives, and the keys what its whole dictionary gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: pypinyin loaded with its whole phrase dictionary, before the sort keys ask for less.
WHOLE_DICTIONARY = """
import json, sys
import pypinyin.constants
sys.path.insert(0, "scripts")
from pinyin_phrases import changing_phrases
from liability_wizard.storage.sort_keys import pinyin_sort_key
from pypinyin.constants import PHRASES_DICT
words = sorted(PHRASES_DICT)[::20] + [w for w in PHRASES_DICT if w.startswith(("一个", "重", "长", "厦"))]
json.dump({"phrases": changing_phrases(), "keys": {w: pinyin_sort_key(w) for w in words}}, sys.stdout,
          ensure_ascii=False)
"""


def test_the_phrase_file_is_what_the_installed_pypinyin_gives_and_keys_read_as_with_its_whole_dictionary() -> None:
    environment = {k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"}
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    whole = json.loads(subprocess.run([sys.executable, "-c", WHOLE_DICTIONARY], cwd=ROOT, env=environment,
                                      capture_output=True, text=True, check=True).stdout)
    shipped = json.loads((ROOT / "resources" / "pinyin" / "phrases.json").read_text(encoding="utf-8"))
    assert shipped["phrases"] == whole["phrases"], "run scripts/pinyin_phrases.py after upgrading pypinyin"

    from liability_wizard.storage.sort_keys import pinyin_sort_key  # this process: the shipped phrases only

    assert len(whole["keys"]) > 2_000
    assert {w: pinyin_sort_key(w) for w in whole["keys"]} == whole["keys"]
    assert pinyin_sort_key("重庆").startswith("chong2")
