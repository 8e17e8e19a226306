"""A readable Chinese summary of an evaluation for a person at a terminal: a small table per finding."""

from __future__ import annotations

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
HEAD_NAMES = {"food": "食品十倍赔偿", "drug": "药品十倍赔偿", "fraud": "欺诈三倍赔偿", "fraud_1993": "欺诈一倍赔偿（1993年消保法）",
              "known_defect": "明知缺陷二倍以下赔偿"}
SCOPE_NAMES = {"after_complaint": "投诉后", "expanded_only": "通知后", "after_knowledge": "通知后"}
PARTY_NAMES = {"seller": "销售者", "producer": "生产者", "live_stream_operator": "直播间运营者",
               "direct_infringer": "直接侵权人"}


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(text: str) -> int:
    return sum(_char_width(ch) for ch in text)


def _wrap(text: str, width: int) -> list[str]:
    """Wrap mixed Chinese/ASCII text by display width (textwrap counts characters, not columns).
    The line's width is kept as it grows: measuring the whole line per character was quadratic."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for ch in text:
        w = _char_width(ch)
        # 避头点: closing punctuation never starts a line, so it may overhang by one column.
        if used + w > width and ch not in "，。、；：）》”！？":
            lines.append("".join(line))
            line, used = [], 0
        line.append(ch)
        used += w
    return [*lines, "".join(line)] if line else lines or [""]


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
    if finding.if_unproven:
        verdict = finding.if_unproven
        liability = "" if verdict.liability == "none" else f"；{LIABILITY_NAMES[verdict.liability]}"
        lines += _row("不能证明时", OUTCOME_NAMES[verdict.outcome] + liability)
    lines.append("└" + "─" * (WIDTH - 1))
    return lines


def _limitation_lines(evaluation: Evaluation) -> list[str]:
    lim = evaluation.limitation
    if lim.deadline:
        deadline = lim.deadline.isoformat() + ("（最早可能的届满日）" if lim.earliest_possible else "")
    else:
        deadline = "无法计算（" + "、".join(lim.missing_facts) + "）"
    lines = [f"诉讼时效届满：{deadline}" + (f"（{'、'.join(lim.basis)}）" if lim.basis else "")]
    if lim.interrupted_on:
        lines.append(f"诉讼时效于 {lim.interrupted_on.isoformat()} 中断后重新计算")
    if lim.not_barred:
        lines.append("不受诉讼时效限制的请求：" + "、".join(lim.not_barred.remedies))
    if lim.lookback_years:
        lines.append(f"持续侵权的损害赔偿可追溯至起诉前 {lim.lookback_years} 年")
    for approx in evaluation.approximate_dates:
        if approx.decides:
            lines.append(f"{approx.path} 只知月份（{approx.month}），具体日期影响：" + "、".join(approx.decides))
    return lines


def evaluation_summary(path: str, case: Case, evaluation: Evaluation) -> str:
    d = evaluation.damages
    lines = [f"案件：{case.title}（{path}）", f"结论：{PLATFORM_LIABLE_NAMES[evaluation.platform_liable]}"]
    if evaluation.platform_liable == "uncertain":
        lines.append("待证事实不能证明时：" + PLATFORM_LIABLE_NAMES[evaluation.platform_liable_if_unproven])
    lines += [f"适用法律的日期：{evaluation.law_date.isoformat()}", ""]
    for finding in evaluation.findings:
        if finding.outcome != "not_applicable":
            lines += _finding_table(finding)
    skipped = [GROUND_NAMES[f.ground] for f in evaluation.findings if f.outcome == "not_applicable"]
    if skipped:
        lines.append("不适用：" + "、".join(skipped))
    lines.append("")
    kind = {"fixed": "", "ceiling": "（上限，由法院酌定）", None: ""}.get(d.punitive_kind, "")
    lines.append(f"赔偿：损失 {d.compensation:,.2f} 元；惩罚性赔偿 {d.punitive:,.2f} 元{kind}"
                 + (f"（{'、'.join(d.basis)}）" if d.basis else ""))
    undetermined = [HEAD_NAMES[h.head] for h in d.heads if h.kind == "undetermined"]
    if undetermined:
        lines.append("数额待定的惩罚性赔偿：" + "、".join(undetermined))
    if d.promised is not None:
        lines.append(f"平台承诺的赔付：{d.promised:,.2f} 元")
    if d.expanded_loss is not None:
        lines.append(f"平台对{SCOPE_NAMES.get(d.joint_scope, '通知后')}扩大的损失承担连带责任：{d.expanded_loss:,.2f} 元")
    if d.missing_facts:
        lines.append("赔偿待查事实：" + "、".join(d.missing_facts))
    lines += _limitation_lines(evaluation)
    if evaluation.exclusion_clause:
        lines.append("免责条款：" + evaluation.exclusion_clause.reasoning)
    for party in evaluation.other_parties:
        lines.append(f"其他可主张的主体：{PARTY_NAMES[party.party]}（{'、'.join(party.basis)}）")
    lines.append("维权途径：")
    # Each non-blank line of a channel marked, as textwrap.indent would (textwrap compiles its
    # regular expressions on import).
    lines += ["".join("  · " + line if line.strip() else line for line in c.splitlines(True))
              for c in evaluation.channels]
    return "\n".join(lines) + "\n"
