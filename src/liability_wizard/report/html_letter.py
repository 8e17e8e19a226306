"""The letter as HTML for WeasyPrint: lays out report/outline.py's blocks and holds no wording of its own.

Written in code rather than a template, like the Word copy (report/docx_letter.py): a template engine
cost every cold ``render`` ~80 ms to import and compile for one small document. Every value is text,
never markup: each passes through :func:`escape` (user text with <, & or {{ }} prints literally).
The classes are the ones ``templates/opinion_letter.css`` styles.
"""

from __future__ import annotations

from html import escape

from liability_wizard.report.blocks import Block, Heading, Items, Label, Paragraph, Quote, Table
from liability_wizard.report.outline import Outline


def _element(tag: str, text: str, css_class: str | None = None) -> str:
    attribute = "" if css_class is None else f' class="{escape(css_class)}"'
    return f"<{tag}{attribute}>{escape(text)}</{tag}>"


def _block(b: Block) -> str:
    match b:
        case Heading():
            return _element(f"h{b.level}", b.text)
        case Paragraph():
            label = _element("span", b.label, "label") if b.label else ""
            return f'<p class="{escape(b.kind)}">{label}{escape(b.text)}</p>'
        case Label():
            return _element("div", b.text, "label")
        case Quote():
            line_class = "see-above" if b.see_above else None
            lines = "".join(_element("p", line, line_class) for line in b.lines)
            return f'<blockquote>\n{_element("div", b.reference, "reference")}\n{lines}\n</blockquote>'
        case Items():
            kind = f' class="{escape(b.kind)}"' if b.kind else ""
            return f"<ol{kind}>{''.join(_element('li', item) for item in b.items)}</ol>"
        case Table():
            return _table(b)
    raise TypeError(f"no HTML for {type(b).__name__}")


def _table(t: Table) -> str:
    columns = "".join(f'<col style="width: {w}%">' for w in t.widths)
    head = "".join(_element("th", h) for h in t.head)
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{escape(cell.text)}{_element('div', cell.detail, 'words') if cell.detail else ''}</td>"
                         for cell in row) + "</tr>"
        for row in t.rows)
    return (f'<table class="damages">\n<colgroup>{columns}</colgroup>\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody>\n{rows}\n</tbody>\n</table>")


def _letterhead(o: Outline) -> str:
    head = o.content.letterhead
    logo = f'<img class="logo" src="{escape(head.logo_url)}" alt="">\n' if head.logo_url else ""
    return (f'<header class="letterhead">\n{logo}<div class="firm">\n{_element("div", head.firm, "firm-name")}\n'
            f'{_element("div", head.contact, "firm-contact")}\n</div>\n</header>')


def _signature(o: Outline) -> str:
    lines = "\n".join(
        f'<div>{_element("span", key, "key")}{escape(value)}'
        f'{_element("span", o.sign_here, "sign-line") if index in o.signers else ""}</div>'
        for index, (key, value) in enumerate(o.signature))
    return f'<div class="signature">\n{_element("div", o.seal, "seal")}\n<div class="sign">\n{lines}\n</div>\n</div>'


def html_document(o: Outline) -> str:
    """The whole letter as one HTML document."""
    meta = "".join(f'<div>{_element("span", key, "key")}{escape(value)}</div>' for key, value in o.meta)
    parts = [
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">',
        _element("title", f"{o.title} {o.running_header}"),
        f'<meta name="author" content="{escape(o.content.letterhead.firm)}">\n</head>\n<body>',
        _element("div", o.watermark, "watermark") if o.watermark else "",
        _letterhead(o),
        f'<h1 data-running-header="{escape(o.running_header)}">{escape(o.title)}</h1>',
        f'<div class="meta">{meta}</div>',
        _element("p", o.salutation, "salutation"),
        *(_block(b) for b in o.blocks),
        _signature(o),
        "</body>\n</html>\n",
    ]
    return "\n".join(part for part in parts if part)
