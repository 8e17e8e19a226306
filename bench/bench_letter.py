"""Opinion-letter render time and PDF size for every example, beside a bare WeasyPrint render.

    .venv/bin/python bench/bench_letter.py [--repeat 5]

"bare" is a one-page document in the same fonts, rendered the plain WeasyPrint way (a new
FontConfiguration and stylesheet each time, as a program without caching would); "bare warm"
reuses them, as the letter renderer does. "plain" is the letter's own HTML rendered with the
fonts only (no letter stylesheet, fonts reused): what the text alone costs WeasyPrint.
Targets (issue 3): a warm letter render ≤ 1 s and ≤ 2 × bare, each PDF ≤ 300 KB.
Times are medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from liability_wizard.core.case import read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.fonts import font_face_css
from liability_wizard.report.letter import LetterRenderer, letter_html, render_letter

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"
FIRM = FirmProfile(name="北京市某某律师事务所", address="北京市朝阳区建国路88号", phone="010-88886666",
                   lawyer="王某某")
BARE_HTML = ('<html lang="zh-CN"><body><h1>法律意见书</h1>'
             "<p>本所接受委托，就网络购物纠纷出具本法律意见书。</p></body></html>")
BARE_CSS = ('html { font-family: "Noto Serif SC", "Noto Serif SC Ext"; } '
            'h1 { font-family: "Noto Sans SC", "Noto Sans SC Ext"; font-weight: 700; }')
SIZE_LIMIT = 300 * 1024


def median_seconds(run: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bare_renderers() -> tuple[Callable[[], bytes], Callable[[], bytes], Callable[[str], bytes]]:
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    def cold() -> bytes:
        config = FontConfiguration()
        css = CSS(string=font_face_css() + BARE_CSS, font_config=config)
        return HTML(string=BARE_HTML).write_pdf(stylesheets=[css], font_config=config)

    warm_config = FontConfiguration()
    warm_css = CSS(string=font_face_css() + BARE_CSS, font_config=warm_config)

    def warm() -> bytes:
        return HTML(string=BARE_HTML).write_pdf(stylesheets=[warm_css], font_config=warm_config)

    def plain(html: str) -> bytes:
        return HTML(string=html).write_pdf(stylesheets=[warm_css], font_config=warm_config)

    return cold, warm, plain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    renderer = LetterRenderer()
    first_setup = time.perf_counter() - start
    cold, warm, plain = bare_renderers()
    cold(), warm()  # load the fonts into the OS file cache for both
    bare_cold, bare_pdf = median_seconds(cold, args.repeat)
    bare_warm, _ = median_seconds(warm, args.repeat)

    print(f"renderer setup (import WeasyPrint, load fonts), once per process: {first_setup:.2f} s")
    print(f"bare one-page render: {bare_cold * 1000:.0f} ms (new fonts each time), "
          f"{bare_warm * 1000:.0f} ms (fonts reused); PDF {len(bare_pdf) / 1024:.0f} KB\n")
    print(f"| {'example':<45} | pages | warm render | × bare | × bare warm | × plain | PDF size |")
    print(f"|{'-' * 47}|-------|-------------|--------|-------------|---------|----------|")
    failures = 0
    for path in sorted(EXAMPLES.glob("*.lwcase")):
        case = read_case_file(path)
        evaluation = evaluate_case(case)

        def letter(case=case, evaluation=evaluation) -> bytes:
            return render_letter(case, evaluation, FIRM, letter_date=date(2025, 6, 1), renderer=renderer)

        letter()  # first render of this text: lays out glyphs not seen before
        seconds, pdf = median_seconds(letter, args.repeat)
        html = letter_html(case, evaluation, FIRM, letter_date=date(2025, 6, 1))
        plain(html)
        plain_seconds, _ = median_seconds(lambda html=html: plain(html), args.repeat)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        ok = seconds <= 1.0 and seconds <= 2 * bare_cold and len(pdf) <= SIZE_LIMIT
        failures += not ok
        print(f"| {path.stem:<45} | {pages:>5} | {seconds * 1000:>8.0f} ms | {seconds / bare_cold:>6.1f} "
              f"| {seconds / bare_warm:>11.1f} | {seconds / plain_seconds:>7.1f} "
              f"| {len(pdf) / 1024:>5.0f} KB |{'' if ok else ' ✗'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
