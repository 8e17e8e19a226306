"""Whole-process command-line timings, each beside its bare baseline in the same run (alternating
A B A B …, one warm-up of each first), printed as ours / bare / ratio (min / median / max, the ratio
taken pair by pair).

    .venv/bin/python bench/bench_cli.py [--runs 7] [--big-db PATH] [--bundle dist/liability-wizard]
                                        [--only evaluate list import render frozen]

Rows and targets (issue 13):
  evaluate one .lwcase            vs ``python -c pass``                            <= 0.12 s
  evaluate one .lwcase            vs importing the case model and evaluator (floor)
  cases list (first 50 of 100k)   vs bare sqlite3: the same query, printed         <= 4x
  cases list --json (all 100k)    vs bare sqlite3 + json.dumps(indent=2)           <= 2 s
  cases import of 1,000 files     vs bare sqlite3: same schema, one commit a file  <= 1.5x
  render (cold process)           vs a cold bare WeasyPrint page in the same fonts <= 1.4x
  render (cold process)           vs a cold bare WeasyPrint render of the same letter HTML, fonts only
                                  (what our program adds to the letter's six pages: the floor)
  frozen evaluate                 vs unfrozen evaluate (needs --bundle)            <= 1.1x
The many-case database is made by bench/bench_storage.py's generator when ``--big-db`` does not exist.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "e01-unidentified-seller.lwcase"
PYTHON = sys.executable
OURS = [PYTHON, "-m", "liability_wizard"]
# With bytecode, as an installed program runs (pip compiles on install; the bundle holds bytecode). A
# machine that sets PYTHONDONTWRITEBYTECODE would otherwise recompile our modules in every run but not
# the standard library's: the warm-up run of each command writes the bytecode under this prefix.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPATH": str(ROOT / "src"),
       "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "lw-bench-pycache")}

BARE_LIST = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT id, updated_at, platform_liable, title, client_name, platform_name FROM cases"
                  " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 50")
for row in rows:
    print("  ".join(str(value) for value in row))
print(db.execute("SELECT count(*) FROM cases WHERE deleted_at IS NULL").fetchone()[0], file=sys.stderr)
"""
BARE_LIST_JSON = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
names = ("id", "title", "reference", "client", "platform", "updated", "platform_liable", "law_date", "created",
         "deleted")
rows = db.execute("SELECT id, title, reference, client_name, platform_name, updated_at, platform_liable,"
                  " law_date, created_at, deleted_at FROM cases WHERE deleted_at IS NULL"
                  " ORDER BY updated_at DESC, id DESC")
sys.stdout.write(json.dumps([dict(zip(names, row)) for row in rows], ensure_ascii=False, indent=2) + "\\n")
"""
BARE_IMPORT = """
import glob, json, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = FULL")
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    db.execute("BEGIN IMMEDIATE")
    row = db.execute("INSERT INTO cases (title, reference, client_name, platform_name, law_date, created_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, '2026-01-01 00:00:00.000000',"
                     " '2026-01-01 00:00:00.000000')",
                     (data["title"], data.get("reference"), data["client"]["name"], data["platform"]["name"],
                      data["transaction"]["date"])).lastrowid
    db.execute("INSERT INTO case_facts (case_id, data) VALUES (?, ?)", (row, json.dumps(data, ensure_ascii=False)))
    db.execute("COMMIT")
    print(path, row)
"""
BARE_RENDER = """
import sys
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
config = FontConfiguration()
css = CSS(string=open(sys.argv[1], encoding="utf-8").read(), font_config=config)
HTML(string=open(sys.argv[3], encoding="utf-8").read() if len(sys.argv) > 3 else
     '<html lang="zh-CN"><body><h1>法律意见书</h1><p>本所接受委托，就网络购物纠纷出具本法律意见书。</p></body></html>'
     ).write_pdf(sys.argv[2], stylesheets=[css], font_config=config)
"""


ROWS = ["evaluate", "list", "import", "render", "frozen"]


def timed(command: list[str], prepare: Callable[[], None] | None = None) -> float:
    if prepare:
        prepare()
    started = time.perf_counter()
    subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def figures(values: list[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def compare(what: str, ours: list[str], bare: list[str], runs: int, *, ratio_target: float | None = None,
            seconds_target: float | None = None, prepare: Callable[[], None] | None = None) -> None:
    timed(ours, prepare)
    timed(bare, prepare)
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(timed(ours, prepare))
        theirs.append(timed(bare, prepare))
    ratios = [m / t for m, t in zip(mine, theirs, strict=True)]
    verdicts = []
    if ratio_target is not None:
        verdicts.append(f"ratio <= {ratio_target}x {'ok' if statistics.median(ratios) <= ratio_target else 'NOT MET'}")
    if seconds_target is not None:
        verdicts.append(f"<= {seconds_target} s {'ok' if statistics.median(mine) <= seconds_target else 'NOT MET'}")
    print(f"{what}\n  ours {figures(mine)} s / bare {figures(theirs)} s / ratio {figures(ratios)}"
          f"  (min / median / max)  {'; '.join(verdicts)}", flush=True)


def import_files(folder: Path, count: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_storage import generated_case

    rng = random.Random(13)
    folder.mkdir()
    paths = []
    for number in range(1, count + 1):
        path = folder / f"case-{number:04d}.lwcase"
        path.write_text(json.dumps(generated_case(rng, number), ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--big-db", type=Path, default=Path(tempfile.gettempdir()) / "lw-bench-100k.sqlite3")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--bundle", type=Path, help="a built bundle (dist/liability-wizard) for the frozen row")
    parser.add_argument("--only", nargs="+", choices=ROWS, default=ROWS, help="run these groups of rows only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lw-bench-cli-"))

    if "evaluate" in args.only:
        compare("evaluate one .lwcase  vs  python -c pass", [*OURS, "evaluate", str(EXAMPLE)],
                [PYTHON, "-c", "pass"], args.runs, seconds_target=0.12)
        # The floor: importing the case model and the evaluator alone (the command adds reading, judging,
        # printing).
        compare("evaluate one .lwcase  vs  importing the case model and the evaluator (the floor)",
                [*OURS, "evaluate", str(EXAMPLE)],
                [PYTHON, "-c", "import liability_wizard.core.case, liability_wizard.core.evaluator"], args.runs)
    if "list" in args.only:
        list_rows(args)
    if "import" in args.only:
        import_row(args, work)
    if "render" in args.only:
        render_row(args, work)
    if args.bundle and "frozen" in args.only:
        frozen = args.bundle.resolve() / "liability-wizard"
        compare("frozen evaluate  vs  unfrozen evaluate", [str(frozen), "evaluate", str(EXAMPLE)],
                [*OURS, "evaluate", str(EXAMPLE)], args.runs, ratio_target=1.1)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def list_rows(args: argparse.Namespace) -> None:
    if not args.big_db.exists():
        sys.path.insert(0, str(ROOT / "bench"))
        sys.path.insert(0, str(ROOT / "src"))
        from bench_storage import bulk_insert

        from liability_wizard.storage.repository import CaseRepository

        CaseRepository.open(args.big_db).close()
        bulk_insert(args.big_db, args.cases, random.Random(20260101))
    big = str(args.big_db)
    subprocess.run([*OURS, "cases", "list", "--db", big], env=ENV, capture_output=True, check=True)  # daily backup
    compare("cases list, first 50 of the many-case database  vs  bare sqlite3",
            [*OURS, "cases", "list", "--db", big], [PYTHON, "-c", BARE_LIST, big], args.runs, ratio_target=4.0)
    compare("cases list --json, every case  vs  bare sqlite3 + json.dumps(indent=2)",
            [*OURS, "cases", "list", "--json", "--db", big], [PYTHON, "-c", BARE_LIST_JSON, big],
            max(3, args.runs // 2), seconds_target=2.0)


def import_row(args: argparse.Namespace, work: Path) -> None:
    files = import_files(work / "files", 1000)
    template, target = work / "template.sqlite3", work / "import.sqlite3"
    subprocess.run([*OURS, "cases", "list", "--db", str(template)], env=ENV, capture_output=True, check=True)

    def fresh_database() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.rmtree(work / "backups", ignore_errors=True)
        shutil.copy(template, target)

    compare("cases import of 1,000 files into an empty database  vs  bare sqlite3",
            [*OURS, "cases", "import", "--db", str(target), *files], [PYTHON, "-c", BARE_IMPORT, str(target), *files],
            max(3, args.runs // 2), ratio_target=1.5, prepare=fresh_database)


def render_row(args: argparse.Namespace, work: Path) -> None:
    from datetime import date

    sys.path.insert(0, str(ROOT / "src"))
    from liability_wizard.core.case import read_case_file
    from liability_wizard.core.evaluator import evaluate_case
    from liability_wizard.core.firm import FirmProfile
    from liability_wizard.report.fonts import font_face_css
    from liability_wizard.report.letter import letter_html

    css = work / "bare.css"
    css.write_text(font_face_css() + ' html { font-family: "Noto Serif SC", "Noto Serif SC Ext"; } '
                   'h1 { font-family: "Noto Sans SC", "Noto Sans SC Ext"; font-weight: 700; }', encoding="utf-8")
    compare("render e01 (cold process)  vs  a cold bare WeasyPrint page in the same fonts",
            [*OURS, "render", str(EXAMPLE), "-o", str(work / "ours.pdf")],
            [PYTHON, "-c", BARE_RENDER, str(css), str(work / "bare.pdf")], args.runs, ratio_target=1.4)
    case = read_case_file(EXAMPLE)
    letter = work / "letter.html"  # the same letter, laid out by bare WeasyPrint without its stylesheet
    letter.write_text(letter_html(case, evaluate_case(case), FirmProfile(), letter_date=date.today()), encoding="utf-8")
    compare("render e01 (cold process)  vs  a cold bare WeasyPrint render of the same letter HTML, fonts only",
            [*OURS, "render", str(EXAMPLE), "-o", str(work / "ours.pdf")],
            [PYTHON, "-c", BARE_RENDER, str(css), str(work / "bare.pdf"), str(letter)], args.runs)


if __name__ == "__main__":
    sys.exit(main())
