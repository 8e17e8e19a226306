"""Fuzzing benchmark (issue 12): hostile and mutated case files through ``evaluate``, ``render`` and
``cases import``. Every file must end accepted, or refused naming the file and the field (or the
line and column) — never a crash, never a hang.

    .venv/bin/python bench/bench_fuzz.py [--files 10000] [--seed 2026] [--cli 400] [--render 40] [--import 400]

Seeded mutations of the valid examples in ``resources/examples/`` (those this build reads) and of
``resources/welcome.lwcase``, plus the pinned hostile files of ``tests/hostile_cases.py`` in every
stage. Counted as a **crash**: a traceback, a process dying, or the CLI's last-resort "内部错误" line
(the program survived, but a bug was hit); a **hang**: one file taking over 10 s; an **unnamed
rejection**: a refusal whose message lacks the file or the field. Prints the three counts (all
must be 0), then the crashes grouped by cause. Exit status 1 if any count is not 0.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.hostile_cases

from tests.hostile_cases import write_hostile_cases  # noqa: E402

from liability_wizard.cli.main import main as cli_main  # noqa: E402
from liability_wizard.core.case import CaseFormatError, read_case_file  # noqa: E402

HANG_SECONDS = 10.0
EXAMPLES = ROOT / "resources" / "examples"
WHERE = re.compile(r"字段 |第 \d+ 行")

HOSTILE_VALUES: list[Any] = [
    None, True, False, 0, -1, -0.0, 1e16, 1e26, 1e300, 10**299, 1.5, "", " ", "x" * 10_000, "甲" * 3_000,
    "\u0000", "\u001b[2J", "\u202e", "😀", "𠀀", "\ufffe", "9999-12-31", "0001-01-01", "2023-02-30",
    "2024-05-01T00:00", "2024-5-1", "١٢٣٤-٠٥-٠١", [], {}, [[[]]], {"": 1}, ["property", "ip"],
    "consumer", "rights_holder", "goods", "food", "drug", "none", "timely", "full", "false",
]
#: Text-level snippets spliced into the JSON text (some break it, some make it hostile but valid JSON).
HOSTILE_TEXT = ['"\\ud800"', '"\\udfff\\ud800"', "1" + "0" * 400, "1" + "0" * 5000, "NaN", "-Infinity",
                "[" * 3000, "1e400", '"\\u001b]0;OWNED\\u0007"', "\ufeff", "\u0000", '{"":""}', "}", "]",
                ",", ":", '"', "\\", "tru", "nul", "01", "-", "1e", "\ud800"]


# -- mutations ------------------------------------------------------------------------------------

def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _same_kind(rng: random.Random, value: Any) -> Any:
    """A valid-looking value of the same JSON type: stresses the evaluator rather than the parser."""
    if isinstance(value, bool) or value is None:
        return rng.choice([True, False, None])
    if isinstance(value, int | float):
        return rng.choice([0, 0.01, round(10 ** rng.uniform(-2, 30), 2), 10**rng.randint(0, 40)])
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"{rng.randint(1, 9999):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if isinstance(value, str):
        return rng.choice(["", "甲" * rng.randint(1, 3000), "x\u0007\u001b[2J", "😀", "\u202e反向", value * 3])
    return value


def _mutate_structure(rng: random.Random, data: dict[str, Any]) -> str:
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paths = [p for p in _paths(data) if p]
        path = rng.choice(paths)
        parent, key = _parent(data, path), path[-1]
        action = rng.random()
        if action < 0.35:
            parent[key] = _same_kind(rng, parent[key])
        elif action < 0.6:
            parent[key] = rng.choice(HOSTILE_VALUES)
        elif action < 0.7 and isinstance(parent, dict):
            del parent[key]
        elif action < 0.85 and isinstance(parent, dict):
            parent[rng.choice(["", "unknown", "title", "version", "x" * 300, "\u0007"])] = rng.choice(HOSTILE_VALUES)
        elif isinstance(parent, dict | list):
            parent[key] = [parent[key]] if rng.random() < 0.5 else {"v": parent[key]}
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    if rng.random() < 0.15:  # a duplicate key, which json.dumps cannot write
        key = rng.choice(['"title"', '"notes"', '"version"'])
        text = text[:-1].rstrip() + f', {key}: "second"' + "}"
    return text


def _mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text) + 1)
        action = rng.random()
        if action < 0.35:
            text = text[:at] + rng.choice(HOSTILE_TEXT) + text[at:]
        elif action < 0.55:
            text = text[:at] + text[at + rng.randint(1, 20):]
        elif action < 0.7:
            text = text[:at]
        elif action < 0.85:
            text = text[:at] + chr(rng.randrange(0x20, 0x3000)) + text[at + 1:]
        else:
            end = min(len(text), at + rng.randint(1, 200))
            text = text[:end] + text[at:end] * rng.randint(1, 3) + text[end:]
    return text


def write_mutations(folder: Path, count: int, seed: int) -> list[Path]:
    bases = []
    for path in [*sorted(EXAMPLES.glob("*.lwcase")), ROOT / "resources" / "welcome.lwcase"]:
        with contextlib.suppress(CaseFormatError):
            read_case_file(path)
            bases.append(json.loads(path.read_text(encoding="utf-8")))
    rng = random.Random(seed)
    files = []
    for number in range(count):
        data = json.loads(json.dumps(rng.choice(bases)))
        text = _mutate_structure(rng, data) if rng.random() < 0.6 else _mutate_text(rng, json.dumps(data, ensure_ascii=False, indent=2))
        path = folder / f"m{number:05d}.lwcase"
        # surrogatepass: a raw lone surrogate in the bytes (invalid UTF-8) is one of the mutations
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        files.append(path)
    return files


# -- running and classifying --------------------------------------------------------------------

class Tally:
    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.counts: collections.Counter[str] = collections.Counter()
        self.causes: collections.Counter[str] = collections.Counter()
        self.examples: dict[str, str] = {}

    def add(self, kind: str, path: Path, cause: str = "") -> None:
        self.counts[kind] += 1
        if cause:
            self.causes[cause] += 1
            self.examples.setdefault(cause, path.name)


def _cause_of(path: Path) -> str:
    """Where the program fails on ``path``: the exception and its innermost frame of our code."""
    from liability_wizard.core.evaluator import evaluate_case

    try:
        evaluate_case(read_case_file(path))
    except Exception as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "liability_wizard" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].name}" if frames else "?"
        return f"{type(exc).__name__} in {where}"
    return "not reproduced outside the CLI"


def _judge(tally: Tally, path: Path, status: int | None, err: str, seconds: float) -> None:
    if seconds > HANG_SECONDS:
        tally.add("hang", path, "over 10 s")
    if status is None or "Traceback" in err:
        tally.add("crash", path, err.strip().splitlines()[-1][:120] if err.strip() else "died")
    elif "内部错误" in err:
        tally.add("crash", path, _cause_of(path))
    elif status == 0:
        tally.add("accepted", path)
    else:
        mine = [line for line in err.splitlines() if str(path) in line]
        if not mine or not WHERE.search(mine[0]):
            tally.add("unnamed", path, (err.splitlines() or ["(no message)"])[0][-120:])
        else:
            tally.add("rejected", path)


def _run_in_process(argv: list[str]) -> tuple[int | None, str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status: int | None = cli_main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    except BaseException:
        status = None
        err.write(traceback.format_exc())
    return status, err.getvalue(), time.perf_counter() - start


def evaluate_in_process(files: list[Path]) -> Tally:
    tally = Tally("evaluate (in process)")
    for path in files:
        status, err, seconds = _run_in_process(["evaluate", str(path), "--json"])
        _judge(tally, path, status, err, seconds)
    return tally


def evaluate_through_cli(files: list[Path], batch: int = 100) -> Tally:
    """Batches through real processes: a bad file must not stop the rest of its batch."""
    tally = Tally("evaluate (CLI processes)")
    for start in range(0, len(files), batch):
        chunk = files[start:start + batch]
        began = time.perf_counter()
        try:
            result = subprocess.run([sys.executable, "-m", "liability_wizard", "evaluate", *map(str, chunk), "--json"],
                                    capture_output=True, text=True, encoding="utf-8", errors="replace",
                                    timeout=HANG_SECONDS * len(chunk), env={**_env(), "PYTHONIOENCODING": "utf-8"})
        except subprocess.TimeoutExpired:
            for path in chunk:
                tally.add("hang", path, "batch timed out")
            continue
        seconds = (time.perf_counter() - began) / len(chunk)
        done = {json.loads(line)["file"] for line in result.stdout.splitlines() if line.strip()}
        if result.returncode not in (0, 2) or "Traceback" in result.stderr:
            for path in chunk:
                if str(path) not in done:
                    tally.add("crash", path, f"process exit {result.returncode}")
            continue
        for path in chunk:
            lines = "\n".join(line for line in result.stderr.splitlines() if str(path) in line)
            _judge(tally, path, 0 if str(path) in done else 2, lines, seconds)
    return tally


def render_in_process(files: list[Path], out: Path) -> Tally:
    tally = Tally("render (in process)")
    for path in files:
        status, err, seconds = _run_in_process(["render", str(path), "-o", str(out / "letter.pdf")])
        if status == 2 and "信函字体中没有" in err:  # the letter owner's F10: counted apart from crashes
            tally.add("refused: glyph missing from the letter fonts", path)
            continue
        _judge(tally, path, status, err, seconds)
    return tally


def import_in_process(files: list[Path], db: Path, batch: int = 50) -> Tally:
    tally = Tally("cases import (in process)")
    for start in range(0, len(files), batch):
        chunk = files[start:start + batch]
        status, err, seconds = _run_in_process(["cases", "import", *map(str, chunk), "--db", str(db)])
        if status is None or status == 1:
            for path in chunk:
                tally.add("crash", path, (err.strip().splitlines() or ["?"])[-1][:120])
            continue
        for path in chunk:
            lines = "\n".join(line for line in err.splitlines() if str(path) in line)
            _judge(tally, path, 0 if not lines else 2, lines, seconds / len(chunk))
    return tally


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--cli", type=int, default=400, help="files also run through CLI processes")
    parser.add_argument("--render", type=int, default=40, help="files also rendered")
    parser.add_argument("--import", dest="imports", type=int, default=400, help="files also imported")
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lw-fuzz-") as tmp:
        folder = Path(tmp)
        hostile = list(write_hostile_cases(folder / "hostile").values())
        mutated = write_mutations(folder, args.files, args.seed)
        rng = random.Random(args.seed + 1)
        tallies = [
            evaluate_in_process(hostile + mutated),
            evaluate_through_cli(hostile + rng.sample(mutated, min(args.cli, len(mutated)))),
            render_in_process(hostile + rng.sample(mutated, min(args.render, len(mutated))), folder),
            import_in_process(hostile + rng.sample(mutated, min(args.imports, len(mutated))), folder / "cases.sqlite3"),
        ]
    total = collections.Counter[str]()
    print(f"seed {args.seed}: {len(hostile)} pinned hostile + {len(mutated)} mutated files, "
          f"{time.perf_counter() - began:.0f} s\n")
    print(f"{'stage':28} {'files':>6} {'accepted':>9} {'rejected':>9} {'crashes':>8} {'hangs':>6} {'unnamed':>8}")
    for tally in tallies:
        c = tally.counts
        total.update(c)
        other = sum(v for k, v in c.items() if k.startswith("refused:"))
        print(f"{tally.stage:28} {sum(c.values()):>6} {c['accepted']:>9} {c['rejected'] + other:>9} "
              f"{c['crash']:>8} {c['hang']:>6} {c['unnamed']:>8}")
    print(f"\ncrashes: {total['crash']}   hangs over 10 s: {total['hang']}   "
          f"rejections without file and field: {total['unnamed']}")
    for tally in tallies:
        for cause, count in tally.causes.most_common():
            print(f"  {tally.stage}: {count} × {cause} (e.g. {tally.examples[cause]})")
        for kind, count in sorted(tally.counts.items()):
            if kind.startswith("refused:"):
                print(f"  {tally.stage}: {count} × {kind}")
    return 1 if total["crash"] or total["hang"] or total["unnamed"] else 0


if __name__ == "__main__":
    sys.exit(main())
