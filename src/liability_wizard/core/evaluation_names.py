"""Chinese names for the evaluator's words (grounds, outcomes, liabilities), one table for the
command line and the desktop program.

The texts are marked for Qt's translation tool (context ``Outcome``) without importing Qt: the
desktop program looks each one up in its translations, the command line prints them as they are.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


GROUND_NAMES = {
    "self_operated": QT_TRANSLATE_NOOP("Outcome", "平台自营"),
    "seller_identity": QT_TRANSLATE_NOOP("Outcome", "不能提供卖家身份"),
    "platform_promise": QT_TRANSLATE_NOOP("Outcome", "平台承诺"),
    "knowledge": QT_TRANSLATE_NOOP("Outcome", "知道或应当知道"),
    "notice_takedown": QT_TRANSLATE_NOOP("Outcome", "通知与删除"),
    "qualification_review": QT_TRANSLATE_NOOP("Outcome", "资质审核与安全保障"),
    "food_platform_duties": QT_TRANSLATE_NOOP("Outcome", "食品平台义务"),
}
OUTCOME_NAMES = {
    "liable": QT_TRANSLATE_NOOP("Outcome", "应承担责任"),
    "not_liable": QT_TRANSLATE_NOOP("Outcome", "不承担责任"),
    "uncertain": QT_TRANSLATE_NOOP("Outcome", "尚不确定"),
    "not_applicable": QT_TRANSLATE_NOOP("Outcome", "不适用"),
}
LIABILITY_NAMES = {
    "none": QT_TRANSLATE_NOOP("Outcome", "无"),
    "seller": QT_TRANSLATE_NOOP("Outcome", "作为销售者承担责任"),
    "advance_compensation": QT_TRANSLATE_NOOP("Outcome", "先行赔偿（可向卖家追偿）"),
    "promise_performance": QT_TRANSLATE_NOOP("Outcome", "履行承诺"),
    "joint": QT_TRANSLATE_NOOP("Outcome", "连带责任"),
    "joint_expanded": QT_TRANSLATE_NOOP("Outcome", "对损害扩大部分承担连带责任"),
    "corresponding": QT_TRANSLATE_NOOP("Outcome", "相应的责任"),
}
PLATFORM_LIABLE_NAMES = {
    "yes": QT_TRANSLATE_NOOP("Outcome", "平台应承担责任"),
    "no": QT_TRANSLATE_NOOP("Outcome", "平台不承担责任"),
    "uncertain": QT_TRANSLATE_NOOP("Outcome", "尚不确定，需补充事实"),
    "not_covered": QT_TRANSLATE_NOOP("Outcome", "不在本程序评估范围内"),
}
