"""Opinion-letter render time and size for every example, PDF and Word, beside a bare WeasyPrint render.

    .venv/bin/python bench/bench_letter.py [--repeat 5]

"bare" is a document of the letter's number of pages in the same fonts, each page full of plain
paragraphs (checked to come out as that many pages), rendered the plain WeasyPrint way (a new
FontConfiguration and stylesheet each time, as a program without caching would). "plain" is the
letter's own HTML rendered with the fonts only (no letter stylesheet, fonts reused): what the text
alone costs WeasyPrint.
Targets (issue 10): PDF warm ≤ 1 s, ≤ 2 × bare of the same pages, ≤ 300 KB; DOCX warm ≤ 0.3 s,
≤ 100 KB; a case whose every text field holds 10,000 characters (reliability F3) ≤ 2 s.
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

from liability_wizard.core.case import Case, case_from_json_dict, read_case_file
from liability_wizard.core.evaluator import evaluate_case
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.docx_letter import render_docx
from liability_wizard.report.fonts import font_face_css
from liability_wizard.report.letter import LetterRenderer, letter_html, render_letter

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"
FIRM = FirmProfile(name="北京市某某律师事务所", address="北京市朝阳区建国路88号", phone="010-88886666",
                   lawyer="王某某")
# A bare page is a full A4 page of text, as a letter's pages are: a heading and ten paragraphs, as many
# as one page holds (a page with one short line would measure WeasyPrint's start-up, not its layout).
BARE_PARAGRAPH = ("<p>本所接受委托，就网络购物纠纷出具本法律意见书。委托人通过网络交易平台购买商品，"
                  "因销售者不能提供真实名称、地址和有效联系方式，请求平台承担先行赔偿责任；"
                  "平台主张其已尽到审核义务，并援引用户协议中的格式条款。</p>")
BARE_PAGE = '<h1 style="break-before: page">法律意见书</h1>' + BARE_PARAGRAPH * 10
BARE_CSS = ('html { font-family: "Noto Serif SC", "Noto Serif SC Ext"; } '
            'h1 { font-family: "Noto Sans SC", "Noto Sans SC Ext"; font-weight: 700; }')
SIZE_LIMIT = 300 * 1024
DOCX_LIMIT = 100 * 1024


def bare_html(pages: int) -> str:
    return '<html lang="zh-CN"><body>' + BARE_PAGE * pages + "</body></html>"


def median_seconds(run: Callable[[], bytes], repeat: int) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bare_renderer() -> tuple[Callable[[int], bytes], Callable[[str], bytes]]:
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    def cold(pages: int) -> bytes:
        config = FontConfiguration()
        css = CSS(string=font_face_css() + BARE_CSS, font_config=config)
        return HTML(string=bare_html(pages)).write_pdf(stylesheets=[css], font_config=config)

    warm_config = FontConfiguration()
    warm_css = CSS(string=font_face_css() + BARE_CSS, font_config=warm_config)

    def plain(html: str) -> bytes:
        return HTML(string=html).write_pdf(stylesheets=[warm_css], font_config=warm_config)

    return cold, plain


def long_text_case() -> Case:
    """Every text field 10,000 characters long (reliability review F3)."""
    text = "甲" * 10_000
    return case_from_json_dict({
        "format": "liability-wizard-case", "version": 3, "title": text, "reference": text,
        "client_role": "consumer", "client": {"name": text, "contact": text},
        "platform": {"name": text, "exclusion_clause": True, "exclusion_clause_text": text},
        "seller": {"name": text, "address": text, "contact": text},
        "transaction": {"date": "2024-05-01", "category": "goods", "subject": text, "price": 100.0},
        "promise": {"made": True, "text": text}, "notes": text})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("only", nargs="*", help="example ids to run (e01 e04 …); all when none")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    renderer = LetterRenderer()
    first_setup = time.perf_counter() - start
    cold, plain = bare_renderer()
    cold(1)  # load the fonts into the OS file cache
    print(f"renderer setup (import WeasyPrint, load fonts), once per process: {first_setup:.2f} s\n")
    print(f"| {'example':<45} | pages | PDF warm | × bare (same pages) | × plain | PDF size "
          "| DOCX warm | DOCX size |")
    print(f"|{'-' * 47}|-------|----------|---------------------|---------|----------|-----------|-----------|")
    cases = [(p.stem, read_case_file(p)) for p in sorted(EXAMPLES.glob("*.lwcase"))
             if not args.only or p.stem.split("-")[0] in args.only]
    cases.append(("every text field 10,000 characters", long_text_case()))
    failures = 0
    for name, case in cases:
        evaluation = evaluate_case(case)

        def letter(case=case, evaluation=evaluation) -> bytes:
            return render_letter(case, evaluation, FIRM, letter_date=date(2025, 6, 1), renderer=renderer)

        def word(case=case, evaluation=evaluation) -> bytes:
            return render_docx(case, evaluation, FIRM, letter_date=date(2025, 6, 1))

        letter(), word()  # first render of this text: lays out glyphs not seen before
        seconds, pdf = median_seconds(letter, args.repeat)
        docx_seconds, docx = median_seconds(word, args.repeat)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        bare_seconds, bare_pdf = median_seconds(lambda pages=pages: cold(pages), args.repeat)
        assert len(PdfReader(io.BytesIO(bare_pdf)).pages) == pages, "a bare page must fill exactly one page"
        html = letter_html(case, evaluation, FIRM, letter_date=date(2025, 6, 1))
        plain(html)
        plain_seconds, _ = median_seconds(lambda html=html: plain(html), args.repeat)
        limit = 2.0 if name.startswith("every") else 1.0
        ok = (seconds <= limit and seconds <= 2 * bare_seconds and len(pdf) <= SIZE_LIMIT
              and docx_seconds <= 0.3 and len(docx) <= DOCX_LIMIT)
        failures += not ok
        print(f"| {name:<45} | {pages:>5} | {seconds * 1000:>5.0f} ms | {seconds / bare_seconds:>19.1f} "
              f"| {seconds / plain_seconds:>7.1f} | {len(pdf) / 1024:>5.0f} KB | {docx_seconds * 1000:>6.0f} ms "
              f"| {len(docx) / 1024:>6.0f} KB |{'' if ok else ' ✗'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
