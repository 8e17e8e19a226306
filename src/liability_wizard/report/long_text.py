"""How much of a long text field the letter prints, and which field holds a given character.

The case format sets no length limit (case-format.md), but a letter is read by people and laid
out by WeasyPrint at roughly ten thousand characters a second: a 10,000-character platform name
repeated in every section would take minutes. So the letter prints a name or a number up to
:data:`NAME_CHARS` characters and a free text (notes, a promise, a clause) up to
:data:`TEXT_CHARS`, and says so where it cuts (:func:`shortened`). The case file keeps every
character; the cut happens only in the letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from liability_wizard.core.case import Case

NAME_CHARS = 60
TEXT_CHARS = 2000
#: The platform's and the client's names recur in nearly every sentence of the letter, so they are cut
#: shorter; 30 characters hold any real company name (北京京东世纪贸易有限公司 has 12).
REPEATED_CHARS = 30
REPEATED = ("platform.name", "client.name")
#: Free-text fields, printed at greater length than names.
FREE_TEXT = ("notes", "promise.text", "platform.exclusion_clause_text")
CUT_MARK = "……（以下从略；全文共{total}字，见案件记录）"


def shortened(text: str, limit: int) -> str:
    """``text`` cut at ``limit`` characters with a note saying how long the whole is."""
    if len(text) <= limit:
        return text
    return text[:limit] + CUT_MARK.format(total=len(text))


def text_fields(data: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(dotted path, value) of every text in a case's JSON form, list items as path[i]."""
    if isinstance(data, str):
        yield prefix, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from text_fields(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_fields(value, f"{prefix}[{index}]")


def _limit(path: str) -> int:
    return TEXT_CHARS if path in FREE_TEXT else REPEATED_CHARS if path in REPEATED else NAME_CHARS


def letter_case(case: Case) -> tuple[Case, dict[str, str]]:
    """The case as the letter prints it, and each cut text → its printed form (for the evaluator's
    sentences, which quote names whole)."""
    from liability_wizard.core.case import case_from_json_dict

    data = case.model_dump(mode="json")
    cuts: dict[str, str] = {}
    for path, value in list(text_fields(data)):
        short = shortened(value, _limit(path))
        if short == value or "[" in path:
            continue
        # The evaluator's sentences quote a promise or a clause where they discuss it: a short excerpt
        # there, the text itself (up to TEXT_CHARS) once in the facts.
        cuts[value] = shortened(value, min(_limit(path), NAME_CHARS))
        *parents, leaf = path.split(".")
        target = data
        for part in parents:
            target = target[part]
        target[leaf] = short
    return (case_from_json_dict(data) if cuts else case), cuts


def apply_cuts(text: str, cuts: dict[str, str]) -> str:
    """Replace every cut text inside ``text`` (an evaluator sentence naming the platform, say)."""
    for whole in sorted(cuts, key=len, reverse=True):
        if whole in text:
            text = text.replace(whole, cuts[whole])
    return text
