"""The blocks a letter is made of, for both renderers (HTML/PDF and Word).

A block is text plus the role it plays (heading, quoted article, numbered list, table); how a
role looks is each renderer's business, what it says is decided before (report/outline.py).
"""

from typing import NamedTuple

#: Kinds of paragraph; each renderer maps them to a style (CSS class / Word paragraph format).
ParagraphKind = str  # "" body | "lead" | "summary" | "note" | "warning" | "notes" | "conclusion"


class Heading(NamedTuple):
    text: str
    level: int  # 2: 一、… ; 3: （一）…


class Paragraph(NamedTuple):
    text: str
    kind: ParagraphKind = ""
    label: str = ""  # printed bold before the text: "分析："


class Label(NamedTuple):
    text: str  # a bold line introducing what follows: 法律依据


class Quote(NamedTuple):
    reference: str
    lines: tuple[str, ...]  # the article's paragraphs, each item （一）… on its own line
    see_above: bool = False  # the article was quoted in an earlier section; lines is the pointer to it


class Items(NamedTuple):
    items: tuple[str, ...]  # a numbered list 1. 2. 3.
    kind: str = ""  # "" | "declaration"


class Cell(NamedTuple):
    text: str
    detail: str = ""  # a smaller second line (the amount in 大写)


class Table(NamedTuple):
    head: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...]  # per cent of the text width


Block = Heading | Paragraph | Label | Quote | Items | Table
