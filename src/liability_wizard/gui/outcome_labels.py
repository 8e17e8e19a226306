"""Chinese names and colours for the evaluator's words (grounds, outcomes, liabilities)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

T = QT_TRANSLATE_NOOP

GROUND_NAMES = {
    "self_operated": T("Outcome", "平台自营"),
    "seller_identity": T("Outcome", "不能提供卖家身份"),
    "platform_promise": T("Outcome", "平台承诺"),
    "knowledge": T("Outcome", "知道或应当知道"),
    "notice_takedown": T("Outcome", "通知与删除"),
    "qualification_review": T("Outcome", "资质审核与安全保障"),
    "food_platform_duties": T("Outcome", "食品平台义务"),
}
OUTCOME_NAMES = {
    "liable": T("Outcome", "应承担责任"),
    "not_liable": T("Outcome", "不承担责任"),
    "uncertain": T("Outcome", "尚不确定"),
    "not_applicable": T("Outcome", "不适用"),
}
LIABILITY_NAMES = {
    "none": T("Outcome", "无"),
    "seller": T("Outcome", "作为销售者承担责任"),
    "advance_compensation": T("Outcome", "先行赔偿（可向卖家追偿）"),
    "promise_performance": T("Outcome", "履行承诺"),
    "joint": T("Outcome", "连带责任"),
    "joint_expanded": T("Outcome", "对损害扩大部分承担连带责任"),
    "corresponding": T("Outcome", "相应的责任"),
}
PLATFORM_LIABLE_NAMES = {
    "yes": T("Outcome", "平台应承担责任"),
    "no": T("Outcome", "平台不承担责任"),
    "uncertain": T("Outcome", "尚不确定，需补充事实"),
    "not_covered": T("Outcome", "不在本程序评估范围内"),
}
#: Badge colours: green liable (good for the client), red not liable, amber uncertain, grey n/a.
COLOURS = {
    "liable": "#1e7b34", "yes": "#1e7b34",
    "not_liable": "#a12622", "no": "#a12622",
    "uncertain": "#b06d00",
    "not_applicable": "#6b6b6b", "not_covered": "#6b6b6b",
}


def name(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("Outcome", table.get(key, key))
