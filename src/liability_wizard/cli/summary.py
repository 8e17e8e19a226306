"""A readable Chinese summary of an evaluation for a person at a terminal: a small table per finding."""

from __future__ import annotations

import textwrap
import unicodedata
from typing import TYPE_CHECKING

from liability_wizard.core.evaluation import Evaluation, Finding
from liability_wizard.core.evaluation_names import (
    GROUND_NAMES,
    LIABILITY_NAMES,
    OUTCOME_NAMES,
    PLATFORM_LIABLE_NAMES,
)

if TYPE_CHECKING:
    from liability_wizard.core.case import Case

WIDTH = 76


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    """Wrap mixed Chinese/ASCII text by display width (textwrap counts characters, not columns).
    The line's width is kept as it grows: measuring the whole line at each character was quadratic."""
    lines, line, line_width = [], "", 0
    for ch in text:
        ch_width = _char_width(ch)
        # 避头点: closing punctuation never starts a line, so it may overhang by one column.
        if line_width + ch_width > width and ch not in "，。、；：）》”！？":
            lines.append(line)
            line, line_width = "", 0
        line += ch
        line_width += ch_width
    return [*lines, line] if line else lines or [""]


def _row(label: str, value: str) -> list[str]:
    pad = 12
    wrapped = _wrap(value, WIDTH - pad - 4)
    first = f"│ {label}{' ' * (pad - _width(label))}{wrapped[0]}"
    rows = [first] + [f"│ {' ' * pad}{w}" for w in wrapped[1:]]
    return rows


def _finding_table(finding: Finding) -> list[str]:
    title = f"{GROUND_NAMES[finding.ground]}（{finding.ground}）"
    lines = [f"┌─ {title} " + "─" * max(0, WIDTH - _width(title) - 4)]
    liability = "" if finding.liability == "none" else f"；{LIABILITY_NAMES[finding.liability]}"
    lines += _row("结论", OUTCOME_NAMES[finding.outcome] + liability)
    if finding.basis:
        lines += _row("依据", "、".join(finding.basis))
    lines += _row("理由", finding.reasoning)
    for point in finding.counterpoints:
        lines += _row("抗辩与回应", point)
    if finding.missing_facts:
        lines += _row("待查事实", "、".join(finding.missing_facts))
    lines.append("└" + "─" * (WIDTH - 1))
    return lines


def evaluation_summary(path: str, case: Case, evaluation: Evaluation) -> str:
    d, lim = evaluation.damages, evaluation.limitation
    lines = [f"案件：{case.title}（{path}）", f"结论：{PLATFORM_LIABLE_NAMES[evaluation.platform_liable]}",
             f"适用法律的日期：{evaluation.law_date.isoformat()}", ""]
    for finding in evaluation.findings:
        if finding.outcome != "not_applicable":
            lines += _finding_table(finding)
    skipped = [GROUND_NAMES[f.ground] for f in evaluation.findings if f.outcome == "not_applicable"]
    if skipped:
        lines.append("不适用：" + "、".join(skipped))
    lines.append("")
    lines.append(f"赔偿：损失 {d.compensation:,.2f} 元；惩罚性赔偿 {d.punitive:,.2f} 元"
                 + (f"（{'、'.join(d.basis)}）" if d.basis else ""))
    if d.expanded_loss is not None:
        lines.append(f"平台对通知后扩大的损失承担连带责任：{d.expanded_loss:,.2f} 元")
    if d.missing_facts:
        lines.append("赔偿待查事实：" + "、".join(d.missing_facts))
    deadline = lim.deadline.isoformat() if lim.deadline else "无法计算（" + "、".join(lim.missing_facts) + "）"
    lines.append(f"诉讼时效届满：{deadline}" + (f"（{'、'.join(lim.basis)}）" if lim.basis else ""))
    if evaluation.exclusion_clause:
        lines.append("免责条款：" + evaluation.exclusion_clause.reasoning)
    lines.append("维权途径：")
    lines += [textwrap.indent(c, "  · ") for c in evaluation.channels]
    return "\n".join(lines) + "\n"
