"""The blocks a letter is made of, for both renderers (HTML/PDF and Word).

A block is text plus the role it plays (heading, quoted article, numbered list, table); how a
role looks is each renderer's business, what it says is decided before (report/outline.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

#: Kinds of paragraph; each renderer maps them to a style (CSS class / Word paragraph format).
ParagraphKind = str  # "" body | "lead" | "summary" | "note" | "warning" | "notes" | "conclusion"


@dataclass(frozen=True, slots=True)
class Heading:
    tag: ClassVar[str] = "heading"  # what the template dispatches on
    text: str
    level: int  # 2: 一、… ; 3: （一）…


@dataclass(frozen=True, slots=True)
class Paragraph:
    tag: ClassVar[str] = "paragraph"  # what the template dispatches on
    text: str
    kind: ParagraphKind = ""
    label: str = ""  # printed bold before the text: "分析："


@dataclass(frozen=True, slots=True)
class Label:
    tag: ClassVar[str] = "label"  # what the template dispatches on
    text: str  # a bold line introducing what follows: 法律依据


@dataclass(frozen=True, slots=True)
class Quote:
    tag: ClassVar[str] = "quote"  # what the template dispatches on
    reference: str
    lines: tuple[str, ...]  # the article's paragraphs, each item （一）… on its own line
    see_above: bool = False  # the article was quoted in an earlier section; lines is the pointer to it


@dataclass(frozen=True, slots=True)
class Items:
    tag: ClassVar[str] = "items"  # what the template dispatches on
    items: tuple[str, ...]  # a numbered list 1. 2. 3.
    kind: str = ""  # "" | "declaration"


@dataclass(frozen=True, slots=True)
class Cell:
    tag: ClassVar[str] = "cell"  # what the template dispatches on
    text: str
    detail: str = ""  # a smaller second line (the amount in 大写)


@dataclass(frozen=True, slots=True)
class Table:
    tag: ClassVar[str] = "table"  # what the template dispatches on
    head: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[int, ...]  # per cent of the text width


Block = Heading | Paragraph | Label | Quote | Items | Table
