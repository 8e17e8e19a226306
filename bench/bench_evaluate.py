"""Benchmark of the core: evaluations/s in process, and 2,000 files through one CLI process.

Targets on the 2-core reference machine (contract v3, which judges uncertain findings twice):
>= 20,000 cases/s in process; <= 1 s for the CLI over 2,000 files with --json; the default text
output no slower than 1.5 x --json.

    .venv/bin/python bench/bench_evaluate.py [--cases 2000] [--runs 5]

Prints a table and, last, markdown lines for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, get_args

from liability_wizard.core.case import Case, Indicator, read_case_file
from liability_wizard.core.evaluator import evaluate_case

SEED = 20240501
TARGET_CASES_PER_SECOND = 20_000
TARGET_CLI_SECONDS = 1.0
TARGET_TEXT_RATIO = 1.5


def _tri(rng: random.Random) -> bool | None:
    return rng.choice([True, False, None])


def _day(rng: random.Random, start: date = date(2009, 1, 1), end: date = date(2027, 12, 31)) -> str:
    return (start + timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def random_case(rng: random.Random, number: int) -> dict[str, Any]:
    """A valid case with every tri-state, enum and date varied; some objects left out entirely."""
    role = rng.choice(["consumer", "consumer", "rights_holder"])
    t = _day(rng)
    data: dict[str, Any] = {
        "format": "liability-wizard-case",
        "version": 3,
        "title": f"基准案件 {number}",
        "client_role": role,
        "transaction": {
            "date": t,
            "category": rng.choice(["goods", "food", "drug", "service", "content"]),
            "price": round(rng.uniform(0, 5000), 2),
            "life_health": _tri(rng),
        },
        "platform": {
            "self_operated": _tri(rng),
            "self_operated_label": _tri(rng),
            "live_streaming": _tri(rng),
            "food_delivery": _tri(rng),
            "exclusion_clause": _tri(rng),
        },
        "harm": {
            "kinds": rng.sample(
                ["property", "personal_injury", "ip", "reputation", "other"], rng.randint(0, 2)
            ),
            "loss": rng.choice([None, round(rng.uniform(0, 20000), 2)]),
            "loss_after_notice": rng.choice([None, 0, 800.0]),
            "discovered_date": rng.choice([None, _day(rng, date.fromisoformat(t))]),
            **{
                k: _tri(rng)
                for k in (
                    "seller_fraud",
                    "knowingly_defective",
                    "unsafe_food",
                    "fake_or_substandard_drug",
                    "seller_knew_unsafe",
                    "label_defect_only",
                )
            },
        },
        "knowledge": {
            "notice_received": _tri(rng),
            "notice_date": rng.choice([None, _day(rng)]),
            "notice_complete": _tri(rng),
            "forwarded": _tri(rng),
            "measures": rng.choice([None, "none", "timely", "late", "insufficient"]),
            "indicators": rng.sample(
                list(get_args(Indicator)),
                rng.randint(0, 3),
            ),
        },
    }
    if rng.random() < 0.3:
        data["transaction"]["continued_until"] = _day(rng, date(2019, 1, 1))
    if rng.random() < 0.5:  # contract v3's facts
        data["harm"] |= {"serious_injury": _tri(rng), "bought_knowing_defect": _tri(rng),
                         "ip_right": rng.choice([None, "trademark", "copyright", "patent"])}
        data["knowledge"] |= {"breach_continuing": _tri(rng), "seller_exit_allowed": _tri(rng)}
        data["platform"] |= {"collected_payment": _tri(rng)}
        data["limitation"] = {"interruptions": [
            {"date": _day(rng, date.fromisoformat(t)), "kind": rng.choice(["demand", "complaint", "lawsuit"]),
             "against": rng.choice(["platform", "seller"])} for _ in range(rng.randint(0, 2))]}
        if rng.random() < 0.2:
            data["transaction"]["date"] = t[:8] + "01"
            data["date_precision"] = {"transaction.date": "month"}
    if rng.random() < 0.8:
        data["identification"] = {
            "requested": _tri(rng),
            "provided": rng.choice([None, "full", "partial", "none", "false"]),
            "seller_left_platform": _tri(rng),
            "valid_when_registered": _tri(rng),
        }
        data["promise"] = {"made": _tri(rng), "more_favorable": _tri(rng), "performed": _tri(rng)}
    if rng.random() < 0.6:
        data["food"] = {
            k: _tri(rng)
            for k in (
                "real_name_registered",
                "license_reviewed",
                "serious_violation_known",
                "service_stopped",
            )
        }
        data["qualification_review"] = _tri(rng)
        data["safety_duty_breached"] = _tri(rng)
    return data


def write_cases(folder: Path, count: int) -> list[Path]:
    rng = random.Random(SEED)
    paths = []
    for number in range(count):
        path = folder / f"case-{number:04d}.lwcase"
        path.write_text(json.dumps(random_case(rng, number), ensure_ascii=False, indent=2) + "\n", "utf-8")
        paths.append(path)
    return paths


def in_process_rate(cases: list[Case], runs: int) -> tuple[float, float]:
    """Best and median evaluations per second over ``runs`` passes (parsing excluded)."""
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for case in cases:
            evaluate_case(case)
        rates.append(len(cases) / (time.perf_counter() - start))
    rates.sort()
    return rates[-1], rates[len(rates) // 2]


def parse_rate(paths: list[Path]) -> tuple[list[Case], float]:
    start = time.perf_counter()
    cases = [read_case_file(p) for p in paths]
    return cases, len(paths) / (time.perf_counter() - start)


#: With bytecode, as an installed program runs (see bench_cli.py): written under this prefix by the first run.
CLI_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "lw-bench-pycache")}


def cli_seconds(paths: list[Path], runs: int, *, json_output: bool = True) -> list[float]:
    """Wall time of one ``liability-wizard evaluate FILES [--json]`` process, ``runs`` times."""
    command = shutil.which("liability-wizard", path=str(Path(sys.executable).parent))
    argv = [command] if command else [sys.executable, "-m", "liability_wizard"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(
            [*argv, "evaluate", *map(str, paths), *(["--json"] if json_output else [])],
            capture_output=True, text=True, env=CLI_ENV,
        )
        times.append(time.perf_counter() - start)
        if result.returncode != 0 or (json_output and len(result.stdout.splitlines()) != len(paths)):
            raise SystemExit(f"CLI failed (exit {result.returncode}): {result.stderr[-500:]}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lw-bench-") as folder:
        paths = write_cases(Path(folder), args.cases)
        cases, parse_per_s = parse_rate(paths)
        best, median = in_process_rate(cases, args.runs)
        outcomes: dict[str, int] = {}
        for case in cases:
            verdict = evaluate_case(case).platform_liable
            outcomes[verdict] = outcomes.get(verdict, 0) + 1
        cli, text = [], []
        cli_seconds(paths[:2], 1)  # writes the bytecode
        for _ in range(max(1, args.runs // 2)):  # alternating, so that both see the same machine
            cli += cli_seconds(paths, 1)
            text += cli_seconds(paths, 1, json_output=False)
    ratio = min(text) / min(cli)
    ok_rate = "ok" if best >= TARGET_CASES_PER_SECOND else "MISSED"
    ok_cli = "ok" if min(cli) <= TARGET_CLI_SECONDS else "MISSED"
    ok_text = "ok" if ratio <= TARGET_TEXT_RATIO else "MISSED"
    row = "{:<44}{:>16}{:>14}  {}"
    verdicts = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
    print(f"{args.cases} generated cases (seed {SEED}); platform_liable: {verdicts}")
    print(row.format("measure", "result", "target", "status"))
    label = f"in-process evaluate_case, best of {args.runs}"
    print(row.format(label, f"{best:,.0f} /s", ">= 20,000/s", ok_rate))
    print(row.format("in-process evaluate_case, median", f"{median:,.0f} /s", "", ""))
    print(row.format("read_case_file (parse + validate)", f"{parse_per_s:,.0f} /s", "", ""))
    print(row.format(f"CLI evaluate {args.cases} files --json, best", f"{min(cli):.2f} s", "<= 1 s", ok_cli))
    print(row.format("CLI runs (s)", ", ".join(f"{t:.2f}" for t in cli), "", ""))
    print(row.format("CLI text output ÷ --json", f"{ratio:.2f}×", "<= 1.5×", ok_text))
    print()
    print("| benchmark (`python bench/bench_evaluate.py`) | result | target |")
    print("| --- | --- | --- |")
    print(f"| in-process `evaluate_case`, best of {args.runs} | {best:,.0f} cases/s | ≥ 20,000 cases/s |")
    cli_label = f"`liability-wizard evaluate` {args.cases:,} files `--json`, one process"
    print(f"| {cli_label} | {min(cli):.2f} s | ≤ 1 s |")
    print(f"| the same, default text output ÷ `--json` | {ratio:.2f}× | ≤ 1.5× |")
    return 0 if ok_rate == ok_cli == ok_text == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
