"""What the letter's stylesheet and our code add to WeasyPrint: a warm letter render beside the same
letter HTML rendered with the fonts only ("plain"), alternating letter / plain in one process, the
ratio taken pair by pair (ours / bare / ratio, min / median / max).

    .venv/bin/python bench/bench_letter_overhead.py [--runs 7] [EXAMPLE-PREFIX …]

Target (issue 13): <= 1.2x. Default examples: e01, e04, e13.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letter import EXAMPLES, FIRM, bare_renderer

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.report.letter import LetterRenderer, letter_html, render_letter

TARGET = 1.2
LETTER_DATE = date(2025, 6, 1)


def seconds(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def figures(values: list[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("examples", nargs="*", default=["e01", "e04", "e13"])
    args = parser.parse_args()
    renderer = LetterRenderer()
    _cold, plain = bare_renderer()
    medians = []
    for prefix in args.examples:
        (path,) = sorted(EXAMPLES.glob(f"{prefix}-*.lwcase"))
        case = read_case_file(path)
        evaluation = evaluate_case(case)

        def letter(case=case, evaluation=evaluation) -> bytes:  # type: ignore[no-untyped-def]
            return render_letter(case, evaluation, FIRM, letter_date=LETTER_DATE, renderer=renderer)

        html = letter_html(case, evaluation, FIRM, letter_date=LETTER_DATE)
        letter(), plain(html)  # first layout of these glyphs, for both
        ours, bare = [], []
        for _ in range(args.runs):
            ours.append(seconds(letter))
            bare.append(seconds(lambda html=html: plain(html)))
        ratios = [o / b for o, b in zip(ours, bare, strict=True)]
        medians.append(statistics.median(ratios))
        print(f"{path.stem}: letter {figures(ours)} s / plain {figures(bare)} s / ratio {figures(ratios)}",
              flush=True)
    verdict = "ok" if max(medians) <= TARGET else "NOT MET"
    print(f"median ratios {', '.join(f'{m:.2f}' for m in medians)}; target <= {TARGET}x: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
