"""The review page (复核): the answer in large type, the answer if the open facts stay unproven,
damages and the deadline, which conclusion turns on an exact day, other parties, the open
questions, and every answer grouped by step with 修改 (review P7). Links are ``fact:PATH``
(jump to the question) and ``page:N`` (jump to a step)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.interview import (
    ABSENT,
    FREE_TEXT,
    PAGE_FACTS,
    Page,
    answer_at,
    implausibilities,
    is_shown,
    open_questions,
    pages_for,
)
from liability_wizard.core.numerals import chinese_date
from liability_wizard.gui.headline import deadline_colour, headline
from liability_wizard.gui.outcome_labels import COLOURS, GROUND_NAMES, PLATFORM_LIABLE_NAMES, name
from liability_wizard.gui.questions import PAGE_TEXTS, plain_label, question_of, tr

PARTY_NAMES = {
    "seller": QT_TRANSLATE_NOOP("Review", "卖家（销售者）"),
    "producer": QT_TRANSLATE_NOOP("Review", "生产者"),
    "live_stream_operator": QT_TRANSLATE_NOOP("Review", "直播间运营者"),
    "direct_infringer": QT_TRANSLATE_NOOP("Review", "直接侵权人"),
}
#: Texts used inside f-strings below, marked here so that lupdate finds them.
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Review", "尚无法评估：有必填项未填写"),
    QT_TRANSLATE_NOOP("Review", "若尚缺的事实最终无法证明："),
    QT_TRANSLATE_NOOP("Review", "还可以向谁主张"),
    QT_TRANSLATE_NOOP("Review", "所有问题均已回答。"),
    QT_TRANSLATE_NOOP("Review", "尚有 %1 个问题未回答"),
)
_DECIDES = {"damages": QT_TRANSLATE_NOOP("Review", "赔偿"), "limitation": QT_TRANSLATE_NOOP("Review", "诉讼时效")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def _money(amount: float | None) -> str:
    return "—" if amount is None else f"{amount:,.2f} 元"


def answer_text(path: str, value: Any, case: Mapping[str, Any]) -> str:
    """An answer as the user gave it: 是/否/不清楚, the chosen option's words, a date as entered."""
    if value is ABSENT:
        return QCoreApplication.translate("Review", "（未回答）")
    if value is None:
        return QCoreApplication.translate("Review", "不清楚")
    if isinstance(value, bool):
        return QCoreApplication.translate("Review", "是") if value else QCoreApplication.translate("Review", "否")
    question = question_of(path)
    options = dict(question.choices) if question else {}
    if isinstance(value, list):
        if path == "limitation.interruptions":
            if not value:
                return QCoreApplication.translate("Review", "无")
            return QCoreApplication.translate("Review", "%1 项").replace("%1", str(len(value)))
        return "、".join(tr(options.get(v, v)) for v in value) if value else QCoreApplication.translate("Review", "以上都没有")
    if isinstance(value, str) and value in options:
        return tr(options[value])
    if path in ("transaction.date", "transaction.continued_until", "harm.discovered_date", "knowledge.notice_date",
                "knowledge.measures_date") and isinstance(value, str):
        precision = (case.get("date_precision") or {}).get(path)
        return value[:7] if precision == "month" else value
    if isinstance(value, int | float):
        return _money(value)
    return str(value)


class ReviewSummary(QLabel):
    """``factRequested(path)`` and ``pageRequested(page)`` from the links."""

    factRequested = Signal(str)
    pageRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.linkActivated.connect(self._link)

    def _link(self, href: str) -> None:
        kind, _, target = href.partition(":")
        if kind == "fact":
            self.factRequested.emit(target)
        elif kind == "page":
            self.pageRequested.emit(Page(int(target)))

    def show_review(self, case: Mapping[str, Any], evaluation: Evaluation | None, today: date) -> None:
        parts = [self._outcome(evaluation, today)] if evaluation is not None else [
            f"<p style='font-size:16pt'>{escape(_tr('尚无法评估：有必填项未填写'))}</p>"]
        if evaluation is not None:
            parts.append(self._exact_days(evaluation))
            parts.append(self._other_parties(evaluation))
        parts.append(self._open(case))
        parts.append(self._warnings(case, today))
        parts.append(self._answers(case))
        self.setText("".join(p for p in parts if p))

    def _outcome(self, evaluation: Evaluation, today: date) -> str:
        text, colour = headline(evaluation, today)
        unproven = name(PLATFORM_LIABLE_NAMES, evaluation.platform_liable_if_unproven)
        d, lim = evaluation.damages, evaluation.limitation
        html = (f"<p style='font-size:18pt; font-weight:bold; color:{colour}'>{escape(text)}</p>"
                f"<p>{escape(_tr('若尚缺的事实最终无法证明：'))}<b style='color:"
                f"{COLOURS[evaluation.platform_liable_if_unproven]}'>{escape(unproven)}</b></p>")
        money = [(QCoreApplication.translate("Review", "损失赔偿"), d.compensation),
                 (QCoreApplication.translate("Review", "惩罚性赔偿"), d.punitive)]
        if d.expanded_loss is not None:
            money.append((QCoreApplication.translate("Review", "扩大部分"), d.expanded_loss))
        if d.promised is not None:
            money.append((QCoreApplication.translate("Review", "平台承诺的赔付"), d.promised))
        html += "<p style='font-size:14pt'>" + "　".join(
            f"{escape(label)}：<b>{_money(amount)}</b>" for label, amount in money) + "</p>"
        if lim.deadline is None:
            deadline = escape(QCoreApplication.translate("Review", "诉讼时效届满日尚无法计算"))
        else:
            colour = deadline_colour(lim.deadline, today) or "#2f5597"
            words = (QCoreApplication.translate("Review", "诉讼时效最早可能于%1届满") if lim.earliest_possible
                     else QCoreApplication.translate("Review", "诉讼时效届满日：%1"))
            deadline = f"<b style='color:{colour}'>{escape(words.replace('%1', chinese_date(lim.deadline)))}</b>"
        return html + f"<p style='font-size:14pt'>{deadline}</p>"

    def _exact_days(self, evaluation: Evaluation) -> str:
        rows = []
        for approx in evaluation.approximate_dates:
            if not approx.decides:
                continue
            what = "、".join(_tr(_DECIDES[d]) if d in _DECIDES else name(GROUND_NAMES, d) for d in approx.decides)
            label = escape(plain_label(question_of(approx.path).label)) if question_of(approx.path) else approx.path
            rows.append(QCoreApplication.translate("Review", "%1只知道到月（%2）：%3的结论取决于具体哪一天，请补充具体日期。")
                        .replace("%1", f"<a href='fact:{approx.path}'>{label}</a>").replace("%2", approx.month)
                        .replace("%3", escape(what)))
        return "<p style='color:#8a5a00'>⚠ " + "<br>⚠ ".join(rows) + "</p>" if rows else ""

    def _other_parties(self, evaluation: Evaluation) -> str:
        if not evaluation.other_parties:
            return ""
        items = "".join(f"<li><b>{escape(_tr(PARTY_NAMES.get(p.party, p.party)))}</b>：{escape(p.reasoning)}</li>"
                        for p in evaluation.other_parties)
        return f"<p><b>{escape(_tr('还可以向谁主张'))}</b></p><ul>{items}</ul>"

    def _open(self, case: Mapping[str, Any]) -> str:
        rows = []
        for page in pages_for(case):
            paths = open_questions(page, case)
            if paths and page is not Page.CONCLUSION:
                links = "、".join(f"<a href='fact:{p}'>{escape(plain_label(question_of(p).label))}</a>"
                                 for p in paths if question_of(p))
                rows.append(f"<a href='page:{int(page)}'>{escape(tr(PAGE_TEXTS[page].title))}</a>：{links}")
        if not rows:
            return f"<p>{escape(_tr('所有问题均已回答。'))}</p>"
        count = sum(len(open_questions(p, case)) for p in pages_for(case) if p is not Page.CONCLUSION)
        return (f"<p><b>{escape(_tr('尚有 %1 个问题未回答').replace('%1', str(count)))}</b><br>"
                + "<br>".join(rows) + "</p>")

    def _warnings(self, case: Mapping[str, Any], today: date) -> str:
        found = implausibilities(case, today)
        if not found:
            return ""
        rows = [f"<a href='fact:{p}'>{escape(label)}</a>" for p, label in _doubtful(found)]
        return "<p style='color:#8a5a00'>⚠ " + escape(QCoreApplication.translate("Review", "请核对：")) + "、".join(rows) + "</p>"

    def _answers(self, case: Mapping[str, Any]) -> str:
        edit = escape(QCoreApplication.translate("Review", "修改"))
        html = ""
        for page in pages_for(case):
            if page is Page.CONCLUSION:
                continue
            rows = []
            for path in PAGE_FACTS[page]:
                if not is_shown(path, case) or (path in FREE_TEXT and answer_at(case, path) is ABSENT):
                    continue
                question = question_of(path)
                if question is None:
                    continue
                rows.append(f"<tr><td>{escape(plain_label(question.label))}</td>"
                            f"<td><b>{escape(answer_text(path, answer_at(case, path), case))}</b></td>"
                            f"<td><a href='fact:{path}'>{edit}</a></td></tr>")
            html += (f"<h3>{escape(tr(PAGE_TEXTS[page].title))}</h3>"
                     f"<table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")
        return html


def _doubtful(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(path, plain_label(question.label)) for path, _ in found if (question := question_of(path))]


def doubtful_answers(case: Mapping[str, Any], today: date) -> tuple[str, ...]:
    """The questions whose answers look implausible, as the review page names them."""
    return tuple(label for _, label in _doubtful(implausibilities(case, today)))
