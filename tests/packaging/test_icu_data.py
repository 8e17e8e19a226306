"""The Linux bundle's trimmed ICU data (packaging/icu_data.py): which items stay, and that Qt answers
the same with the trimmed library as with PySide6's own for everything the program can ask of it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _icu_data_module() -> ModuleType:
    # packaging/ is not a Python package (its name would shadow PyPI's `packaging`): load the file itself.
    spec = importlib.util.spec_from_file_location("bundle_icu_data", ROOT / "packaging" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _icu_data_module()

KEPT = ["coll/root.res", "coll/ucadata.icu", "coll/zh.res", "coll/zh_Hans_CN.res", "coll/en_US_POSIX.res",
        "coll/res_index.res", "zh.res", "zh_Hant_TW.res", "en_GB.res", "root.res", "pool.res", "res_index.res",
        "supplementalData.res", "zoneinfo64.res", "metaZones.res", "zone/zh.res", "zone/pool.res",
        "zone/tzdbNames.res", "cnvalias.icu", "gb18030.cnv", "windows-936-2000.cnv", "nfkc.nrm"]
DROPPED = ["brkitr/cjdict.dict", "brkitr/root.res", "translit/root.res", "curr/zh.res", "lang/en.res",
           "region/zh.res", "unit/zh.res", "rbnf/zh.res", "coll/de.res", "coll/de_.res", "coll/yue.res",
           "fr.res", "ja_JP.res", "zone/fr.res", "unames.icu", "confusables.cfu", "rfc3491.spp",
           "ibm-37_P100-1995.cnv", "euc-jp-2007.cnv"]


@pytest.mark.parametrize("item", KEPT)
def test_kept_items(item: str) -> None:
    assert icu_data.keep(item)


@pytest.mark.parametrize("item", DROPPED)
def test_dropped_items(item: str) -> None:
    assert not icu_data.keep(item)


# What Qt asks ICU for (``nm -D`` of the Qt libraries: ucol, u_strToUpper/Lower, ucal, ucnv), printed.
QT_ICU_ANSWERS = """
import functools
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone
names = ["张三", "李四", "王五", "阿里", "赵六", "钱七", "欧阳", "Zoe", "adam", "Émile"]
for locale in ("zh_CN", "zh_TW", "en_US", "C"):
    print(locale, sorted(names, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare)))
print(QLocale("zh_CN").toUpper("straße ǆ i"), QLocale("en").toLower("ΣΑΣ Ω"))
zone = QTimeZone(b"Asia/Shanghai")
for locale in ("zh_CN", "en_US"):
    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)))
print([QStringDecoder(name).isValid() for name in ("GB18030", "GBK", "GB2312", "Big5", "UTF-8", "ISO-8859-1")])
print(next(line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line))  # the one loaded
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's PySide6 ships ICU")
def test_qt_answers_alike_with_the_trimmed_library(tmp_path: Path) -> None:
    if icu_data.tools_missing():
        pytest.skip(f"needs {', '.join(icu_data.tools_missing())}")
    from PySide6 import QtCore

    library = next((Path(QtCore.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = icu_data.trim(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 5

    def answers(**env: str) -> str:
        run = subprocess.run([sys.executable, "-c", QT_ICU_ANSWERS], capture_output=True, text=True,
                             env={**os.environ, **env}, check=True)
        return run.stdout

    *full, full_library = answers().splitlines()
    *trimmed_answers, trimmed_library = answers(LD_PRELOAD=str(trimmed)).splitlines()
    assert (Path(full_library), Path(trimmed_library)) == (library, trimmed)
    assert "['阿里', '李四', '欧阳', '钱七', '王五', '张三', '赵六'" in full[0]  # pinyin order
    assert "中国标准时间" in full[-3]
    assert trimmed_answers == full
