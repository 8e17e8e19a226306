"""A smaller ICU data library for the Linux bundle: what Qt asks ICU for, for Chinese and English.

PySide6's ``libicudata.so.NN`` is 30 MiB, the biggest file of the bundle: the ICU data of every
locale, linked in as one symbol (``icudtNN_dat``). Qt calls ICU only for (``nm -D`` of the Qt
libraries): text converters (``ucnv_*``), locale case mapping (``u_strToUpper/Lower``, whose tables
are compiled into libicuuc), collation (``ucol_*``: QCollator, QFileDialog's sorting) and time-zone
IDs and names (``ucal_*``). So the trimmed data keeps collation, calendar, time-zone and locale data
for the root, Chinese and English locales, the Chinese converters and the tables they rely on, and
drops break-iterator dictionaries, transliteration, spelled-out numbers, unit, currency, language and
region names, character names and the other languages (about 26 MiB).

``icupkg`` (Debian ``icu-devtools``) repackages the data; a C compiler turns it back into a library
with the same soname and symbol. Without either tool the full library is kept.

    python3 packaging/icu_data.py LIBICUDATA OUT_FOLDER   # by hand: writes OUT_FOLDER/<same name>
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: The locales whose data is kept (and their regional and script variants): the interface languages.
LANGUAGES = ("root", "zh", "en")
#: Converters for the Chinese encodings (GB18030, GBK, GB2312, EUC-CN, Big5); UTF-8/16/32, Latin-1 and
#: ASCII are built into ICU's code and need no table.
CONVERTERS = frozenset({
    "gb18030.cnv", "windows-936-2000.cnv", "ibm-1383_P110-1999.cnv", "ibm-1386_P100-2001.cnv",
    "ibm-5478_P100-1995.cnv", "windows-950-2000.cnv", "ibm-1373_P100-2002.cnv", "ibm-950_P110-1999.cnv",
})
#: Trees of data Qt never asks for (ICU's formatting, break iteration and transliteration).
DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"})
#: Trees kept for the kept locales only: collation, time-zone names.
LOCALE_TREES = frozenset({"coll", "zone"})
#: Single files Qt never asks for: character names, confusables, IDNA and StringPrep profiles.
DROPPED_FILES = re.compile(r"^(unames\.icu|confusables\.cfu|uts46\.nrm|.*\.spp)$")
LOCALE_NAME = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")


def _kept_locale(name: str) -> bool:
    """``name`` is a locale's data (``zh_Hans_CN.res``) of a kept language, or no locale's data at all
    (``supplementalData.res``, ``pool.res``, ``res_index.res``)."""
    if name in ("res_index.res", "pool.res"):
        return True
    match = LOCALE_NAME.match(name)
    return match is None or match["language"] in LANGUAGES


def keep(item: str) -> bool:
    """Whether the data item ``item`` (``coll/zh.res``, ``gb18030.cnv``: as ``icupkg -l`` lists it)
    stays in the trimmed package."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or DROPPED_FILES.match(name):
        return False
    if tree in LOCALE_TREES or not tree:
        if name.endswith(".cnv"):
            return name in CONVERTERS
        return _kept_locale(name)
    return True


def _data_symbol(library: Path) -> str:
    """``icudt73_dat``: the one symbol the data library defines."""
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = re.search(r"\b(icudt\d+_dat)\b", symbols)
    if not found:
        raise ValueError(f"{library} defines no icudtNN_dat symbol")
    return found[1]


def _soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found[1] if found else library.name


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "cc", "objcopy", "nm", "readelf") if shutil.which(tool) is None]


def trim(library: Path, out_folder: Path) -> Path:
    """Write the trimmed ``library`` (same file name, soname and symbol) into ``out_folder``."""
    symbol = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the little-endian package the library holds
    out_folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="icu-") as temporary:
        work = Path(temporary)
        full, trimmed = work / f"{package}.dat", work / "trimmed" / f"{package}.dat"
        # The library is the data and nothing else: its .rodata section holds the symbol from offset 0.
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(full)], check=True)
        listed = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True)
        items = listed.stdout.split()
        dropped = work / "dropped.txt"
        dropped.write_text("\n".join(item for item in items if not keep(item)) + "\n", encoding="ascii")
        trimmed.parent.mkdir()
        subprocess.run(["icupkg", "-r", str(dropped), str(full), str(trimmed)], check=True,
                       capture_output=True)
        assembly = work / "data.S"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        out = out_folder / library.name
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{_soname(library)}", "-o", str(out),
                        str(assembly)], check=True)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    written = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{written}: {Path(sys.argv[1]).stat().st_size / 2**20:.1f} -> {written.stat().st_size / 2**20:.1f} MiB")
