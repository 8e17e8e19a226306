"""``liability-wizard law CODE:ARTICLE [--on DATE] [--json]`` and ``law --list``: a lawyer's quick reference."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from liability_wizard.cli.texts import bilingual


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "law", help=bilingual("查看法条原文", "show an article of the statute catalogue"),
        description=bilingual("按日期显示法条原文（默认今天），或列出法条目录。",
                              "Print an article as it read on a date (default: today), or list the catalogue."))
    parser.add_argument("citation", nargs="?", metavar="CODE:ARTICLE",
                        help=bilingual("例如 CRPL:44 或 CRPL:44.1", "e.g. CRPL:44 or CRPL:44.1"))
    parser.add_argument("--on", metavar="YYYY-MM-DD", help=bilingual("查看该日的文本", "the text as of this date"))
    parser.add_argument("--json", action="store_true", help=bilingual("输出 JSON", "print JSON"))
    parser.add_argument("--list", action="store_true", help=bilingual("列出目录", "list the catalogue"))
    parser.set_defaults(run=run)


def _list(as_json: bool) -> int:
    from liability_wizard.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = []
    for law in catalogue.laws.values():
        until = law.effective_until.isoformat() if law.effective_until else None
        for article in law.articles.values():
            rows.append({"code": f"{law.code}:{article.number}", "law": law.name, "article": article.label,
                         "title": article.title, "mark": article.mark, "kind": law.kind,
                         "effective_from": law.effective_from.isoformat(), "effective_until": until})
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        law = catalogue.law(row["code"].split(":")[0])
        span = f"{row['effective_from']}–{row['effective_until'] or ''}"
        print(f"{row['code']:<20} {row['mark']} {law.title}{row['article']} {row['title']}  [{span}]")
    return 0


def run(args: argparse.Namespace) -> int:
    from liability_wizard.core.catalogue import CatalogueError, load_catalogue

    if args.list:
        return _list(args.json)
    if not args.citation:
        print(bilingual("请给出法条，例如 CRPL:44.1，或使用 --list。", "Give an article such as CRPL:44.1, or --list."),
              file=sys.stderr)
        return 2
    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        print(f"--on {args.on}：日期应为 YYYY-MM-DD 格式的真实日期", file=sys.stderr)
        return 2
    catalogue = load_catalogue()
    try:
        quoted = catalogue.quote(args.citation, on)
    except CatalogueError as exc:
        print(f"{args.citation}：{exc}", file=sys.stderr)
        return 2
    law, article = quoted.law, quoted.article
    text = quoted.text if quoted.citation.paragraph else f"{article.label} {quoted.text}"
    if args.json:
        print(json.dumps({"code": str(quoted.citation), "law": law.name, "text": text,
                          "in_force": quoted.in_force, "mark": article.mark}, ensure_ascii=False, indent=2))
        return 0
    until = law.effective_until.isoformat() if law.effective_until else ""
    status = "施行中" if quoted.in_force else "该日不在施行期间"
    print(f"{quoted.reference}  {article.mark}  （{on.isoformat()}：{status}；施行 {law.effective_from.isoformat()}"
          f"{' 至 ' + until if until else ' 起'}）")
    if law.kind == "spc":
        print("（司法解释：所示为现行文本，适用于施行后尚未审结的案件）")
    print(text)
    return 0
