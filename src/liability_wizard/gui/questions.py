"""What each wizard page asks: one :class:`Question` per fact of case-format.md, and why it is asked.

Texts are marked with ``QT_TRANSLATE_NOOP`` (context ``Questions``) and translated when a page
is built, so ``pyside6-lupdate`` finds them here. Each question's help (a plain sentence, an
example, the evidence that proves it) is data: ``resources/question_help.toml``, in both languages.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from liability_wizard.core.interview import Page
from liability_wizard.paths import resources_dir

Kind = Literal["text", "block", "notes", "tristate", "date", "required_date", "money", "choice",
               "required_choice", "radio", "checklist", "interruptions"]


def tr(text: str) -> str:
    return QCoreApplication.translate("Questions", text)


@dataclass(frozen=True, slots=True)
class Question:
    path: str  # dotted path from the case root
    label: str  # untranslated (Chinese source text)
    kind: Kind
    choices: tuple[tuple[str, str], ...] = field(default=())
    key: str = ""  # the label's Alt-letter: unique on its page and among the wizard's buttons


@dataclass(frozen=True, slots=True)
class QuestionHelp:
    """F1 and the ⓘ beside a question (review P24)."""

    what: str  # one plain-language sentence: what is asked
    example: str
    evidence: str  # what proves it


@dataclass(frozen=True, slots=True)
class PageText:
    title: str
    why: str  # 为什么问这个: the articles the page's facts serve



ROLES = (
    ("consumer", QT_TRANSLATE_NOOP("Questions", "消费者")),
    ("rights_holder", QT_TRANSLATE_NOOP("Questions", "权利人（知识产权、名誉等）")),
)
CATEGORIES = (
    ("goods", QT_TRANSLATE_NOOP("Questions", "商品")),
    ("food", QT_TRANSLATE_NOOP("Questions", "食品")),
    ("drug", QT_TRANSLATE_NOOP("Questions", "药品")),
    ("service", QT_TRANSLATE_NOOP("Questions", "服务")),
    ("content", QT_TRANSLATE_NOOP("Questions", "网络内容（帖子、视频等）")),
)
HARM_KINDS = (
    ("property", QT_TRANSLATE_NOOP("Questions", "财产损失")),
    ("personal_injury", QT_TRANSLATE_NOOP("Questions", "人身损害")),
    ("ip", QT_TRANSLATE_NOOP("Questions", "知识产权受侵害")),
    ("reputation", QT_TRANSLATE_NOOP("Questions", "名誉受侵害")),
    ("other", QT_TRANSLATE_NOOP("Questions", "其他")),
)
PROVIDED = (
    ("full", QT_TRANSLATE_NOOP("Questions", "完整提供（名称、地址、有效联系方式）")),
    ("partial", QT_TRANSLATE_NOOP("Questions", "只提供了一部分")),
    ("none", QT_TRANSLATE_NOOP("Questions", "没有提供")),
    ("false", QT_TRANSLATE_NOOP("Questions", "提供了，但不真实或已失效")),
)
MEASURES = (("none", QT_TRANSLATE_NOOP("Questions", "未采取任何措施")), ("timely", QT_TRANSLATE_NOOP("Questions", "及时采取了必要措施")),
            ("late", QT_TRANSLATE_NOOP("Questions", "采取措施不及时")),
            ("insufficient", QT_TRANSLATE_NOOP("Questions", "采取了部分措施，但不是必要措施（如仅删除被通知的链接）")))
INDICATORS = (("repeated_complaints", QT_TRANSLATE_NOOP("Questions", "多次被投诉")),
              ("obvious_infringement", QT_TRANSLATE_NOOP("Questions", "侵权明显")),
              ("platform_promoted", QT_TRANSLATE_NOOP("Questions", "平台推荐、推广过")),
              ("platform_edited", QT_TRANSLATE_NOOP("Questions", "平台编辑、整理过")),
              ("abnormal_price", QT_TRANSLATE_NOOP("Questions", "价格明显异常")),
              ("prior_penalty", QT_TRANSLATE_NOOP("Questions", "经营者曾受过处罚")),
              ("regulator_notice", QT_TRANSLATE_NOOP("Questions", "监管部门曾通知平台")))

PROMISE_BY = (("platform", QT_TRANSLATE_NOOP("Questions", "平台自己")),
              ("merchant", QT_TRANSLATE_NOOP("Questions", "店铺（卖家）")),
              ("platform_standard", QT_TRANSLATE_NOOP("Questions", "平台公布的、要求商家执行的赔付标准")))
PROMISE_KIND = (("customer_service", QT_TRANSLATE_NOOP("Questions", "客服的答复")),
                ("published_rule", QT_TRANSLATE_NOOP("Questions", "平台公布的规则")),
                ("plan", QT_TRANSLATE_NOOP("Questions", "保障计划（如“假一赔十”服务）")))
IP_RIGHTS = (("trademark", QT_TRANSLATE_NOOP("Questions", "商标权")),
             ("copyright", QT_TRANSLATE_NOOP("Questions", "著作权")),
             ("patent", QT_TRANSLATE_NOOP("Questions", "专利权")))

QUESTIONS: dict[Page, tuple[Question, ...]] = {
    Page.PARTIES: (
        Question("title", QT_TRANSLATE_NOOP("Questions", "案件名称(&T)"), "text", key="T"),
        Question("reference", QT_TRANSLATE_NOOP("Questions", "本所案号"), "text", key="O"),
        Question("client_role", QT_TRANSLATE_NOOP("Questions", "委托人身份"), "radio", ROLES, key="I"),
        Question("client.name", QT_TRANSLATE_NOOP("Questions", "委托人姓名/名称"), "text", key="M"),
        Question("client.contact", QT_TRANSLATE_NOOP("Questions", "委托人联系方式"), "text", key="A"),
        Question("platform.name", QT_TRANSLATE_NOOP("Questions", "平台名称"), "text", key="P"),
        Question("platform.self_operated", QT_TRANSLATE_NOOP("Questions", "平台自己销售（自营）"), "tristate", key="S"),
        Question("platform.self_operated_label", QT_TRANSLATE_NOOP("Questions", "标注“自营”或足以使人误认为自营"), "tristate", key="D"),
        Question("platform.collected_payment", QT_TRANSLATE_NOOP("Questions", "货款由平台以自己的名义收取（收款方为平台）"),
                 "tristate", key="E"),
        Question("platform.live_streaming", QT_TRANSLATE_NOOP("Questions", "通过直播间销售（直播带货）"), "tristate", key="V"),
        Question("live_stream.operator_disclosed_not_seller",
                 QT_TRANSLATE_NOOP("Questions", "直播间运营者已明确表明自己不是卖家，并说明了卖家是谁"), "tristate", key="W"),
        Question("live_stream.operator_knew_unsafe",
                 QT_TRANSLATE_NOOP("Questions", "直播间运营者知道或应当知道商品不安全"), "tristate", key="K"),
        Question("platform.food_delivery", QT_TRANSLATE_NOOP("Questions", "外卖（网络餐饮服务）平台"), "tristate", key="G"),
        Question("platform.exclusion_clause", QT_TRANSLATE_NOOP("Questions", "平台援引用户协议中的免责格式条款"), "tristate", key="X"),
        Question("platform.exclusion_clause_text", QT_TRANSLATE_NOOP("Questions", "免责条款原文"), "block", key="Q"),
        Question("seller.name", QT_TRANSLATE_NOOP("Questions", "卖家名称"), "text", key="U"),
        Question("seller.address", QT_TRANSLATE_NOOP("Questions", "卖家地址"), "text", key="Z"),
        Question("seller.contact", QT_TRANSLATE_NOOP("Questions", "卖家联系方式"), "text", key="J"),
    ),
    Page.TRANSACTION: (
        Question("transaction.date", QT_TRANSLATE_NOOP("Questions", "交易（或侵权行为）日期"), "required_date", key="D"),
        Question("transaction.continued_until", QT_TRANSLATE_NOOP("Questions", "侵权链接或内容仍在线的日期"), "date", key="O"),
        Question("transaction.category", QT_TRANSLATE_NOOP("Questions", "类别"), "required_choice", CATEGORIES, key="G"),
        Question("transaction.subject", QT_TRANSLATE_NOOP("Questions", "标的（商品、服务或内容）"), "text", key="S"),
        Question("transaction.price", QT_TRANSLATE_NOOP("Questions", "价款（元）"), "money", key="P"),
        Question("transaction.life_health", QT_TRANSLATE_NOOP("Questions", "关系消费者生命健康的商品或服务"), "tristate", key="I"),
    ),
    Page.HARM: (
        Question("harm.kinds", QT_TRANSLATE_NOOP("Questions", "损害类型"), "checklist", HARM_KINDS, key="K"),
        Question("harm.ip_right", QT_TRANSLATE_NOOP("Questions", "受侵害的知识产权"), "choice", IP_RIGHTS, key="I"),
        Question("harm.loss", QT_TRANSLATE_NOOP("Questions", "主张的实际损失（元）"), "money", key="A"),
        Question("harm.loss_after_notice", QT_TRANSLATE_NOOP("Questions", "其中在投诉或通知平台之后才发生的损失（元）"), "money", key="O"),
        Question("harm.discovered_date", QT_TRANSLATE_NOOP("Questions", "知道受损害以及谁应负责的日期"), "date", key="D"),
        Question("harm.seller_fraud", QT_TRANSLATE_NOOP("Questions", "经营者有欺诈行为"), "tristate", key="S"),
        Question("harm.bought_knowing_defect", QT_TRANSLATE_NOOP("Questions", "购买时已知道是假货、次品或不安全"), "tristate", key="W"),
        Question("transaction.reasonable_quantity_price",
                 QT_TRANSLATE_NOOP("Questions", "其中合理生活消费数量的价款（元）"), "money", key="Q"),
        Question("harm.knowingly_defective", QT_TRANSLATE_NOOP("Questions", "明知缺陷仍销售，造成死亡或严重健康损害"), "tristate", key="V"),
        Question("harm.serious_injury", QT_TRANSLATE_NOOP("Questions", "造成死亡或健康严重损害"), "tristate", key="J"),
        Question("harm.unsafe_food", QT_TRANSLATE_NOOP("Questions", "食品不符合食品安全标准"), "tristate", key="T"),
        Question("harm.fake_or_substandard_drug", QT_TRANSLATE_NOOP("Questions", "假药、劣药"), "tristate", key="G"),
        Question("harm.seller_knew_unsafe", QT_TRANSLATE_NOOP("Questions", "经营者明知食品/药品不安全"), "tristate", key="U"),
        Question("harm.label_defect_only", QT_TRANSLATE_NOOP("Questions", "问题只是标签小错，既不影响安全也不会误导"), "tristate", key="M"),
    ),
    Page.IDENTIFICATION: (
        Question("identification.requested", QT_TRANSLATE_NOOP("Questions", "委托人已要求平台提供卖家信息"), "tristate", key="A"),
        Question("identification.provided", QT_TRANSLATE_NOOP("Questions", "平台提供的卖家真实名称、地址和有效联系方式"), "choice",
                 PROVIDED, key="P"),
        Question("identification.seller_left_platform", QT_TRANSLATE_NOOP("Questions", "卖家已不在该平台经营"), "tristate", key="S"),
        Question("identification.valid_when_registered", QT_TRANSLATE_NOOP("Questions", "平台能证明最近一次核验时信息真实有效"),
                 "tristate", key="V"),
    ),
    Page.PROMISE: (
        Question("promise.made", QT_TRANSLATE_NOOP("Questions", "平台作出了高于法律要求的承诺（先行赔付、假一赔十等）"),
                 "tristate", key="M"),
        Question("promise.by", QT_TRANSLATE_NOOP("Questions", "承诺是谁作出的"), "choice", PROMISE_BY, key="W"),
        Question("promise.kind", QT_TRANSLATE_NOOP("Questions", "承诺的形式"), "choice", PROMISE_KIND, key="K"),
        Question("promise.text", QT_TRANSLATE_NOOP("Questions", "承诺原文"), "block", key="T"),
        Question("promise.amount", QT_TRANSLATE_NOOP("Questions", "承诺赔付的金额（元）"), "money", key="A"),
        Question("promise.multiple", QT_TRANSLATE_NOOP("Questions", "或承诺按价款的几倍赔付（假一赔五填 5）"), "money", key="U"),
        Question("promise.more_favorable", QT_TRANSLATE_NOOP("Questions", "承诺比法律规定更有利于消费者"), "tristate", key="V"),
        Question("promise.performed", QT_TRANSLATE_NOOP("Questions", "平台已经履行了承诺"), "tristate", key="I"),
    ),
    Page.KNOWLEDGE: (
        Question("knowledge.notice_received", QT_TRANSLATE_NOOP("Questions", "平台收到过投诉或通知"), "tristate", key="A"),
        Question("knowledge.notice_date", QT_TRANSLATE_NOOP("Questions", "通知日期"), "date", key="D"),
        Question("knowledge.notice_complete", QT_TRANSLATE_NOOP("Questions", "通知内容完整（身份与联系方式、定位信息、初步证据）"),
                 "tristate", key="I"),
        Question("knowledge.forwarded", QT_TRANSLATE_NOOP("Questions", "平台已将通知转送卖家/用户"), "tristate", key="S"),
        Question("knowledge.measures", QT_TRANSLATE_NOOP("Questions", "平台采取的措施"), "choice", MEASURES, key="M"),
        Question("knowledge.measures_date", QT_TRANSLATE_NOOP("Questions", "采取措施的日期"), "date", key="T"),
        Question("knowledge.breach_continuing", QT_TRANSLATE_NOOP("Questions", "投诉之后卖家仍未履行（不发货、拒绝退款等）"),
                 "tristate", key="K"),
        Question("knowledge.seller_exit_allowed",
                 QT_TRANSLATE_NOOP("Questions", "纠纷未了结时平台让卖家退出（或退还保证金、放款）"), "tristate", key="X"),
        Question("knowledge.indicators", QT_TRANSLATE_NOOP("Questions", "表明平台应当知道的事实"), "checklist", INDICATORS, key="G"),
    ),
    Page.FOOD: (
        Question("food.real_name_registered", QT_TRANSLATE_NOOP("Questions", "平台对食品经营者进行了实名登记"), "tristate", key="G"),
        Question("food.license_reviewed", QT_TRANSLATE_NOOP("Questions", "平台审查了食品经营许可证"), "tristate", key="I"),
        Question("food.serious_violation_known", QT_TRANSLATE_NOOP("Questions", "平台发现了严重违法行为"), "tristate", key="S"),
        Question("food.service_stopped", QT_TRANSLATE_NOOP("Questions", "平台随后停止提供平台服务"), "tristate", key="T"),
    ),
    Page.QUALIFICATION: (
        Question("qualification_review", QT_TRANSLATE_NOOP("Questions", "平台审核了经营者的资质资格"), "tristate", key="Q"),
        Question("safety_duty_breached", QT_TRANSLATE_NOOP("Questions", "平台未尽到对消费者的安全保障义务"), "tristate", key="S"),
    ),
    Page.LIMITATION: (
        Question("limitation.interruptions", QT_TRANSLATE_NOOP("Questions", "诉讼时效中断事由"), "interruptions", key="I"),
    ),
    Page.CONCLUSION: (
        Question("notes", QT_TRANSLATE_NOOP("Questions", "律师备注（原样印入意见书）"), "notes", key="P"),
    ),
}

PAGE_TEXTS: dict[Page, PageText] = {
    Page.PARTIES: PageText(
        QT_TRANSLATE_NOOP("Questions", "当事人与平台"),
        QT_TRANSLATE_NOOP("Questions", "委托人的身份决定适用哪些责任依据：消费者依《消费者权益保护法》第四十四条、《电子商务法》"
                       "第三十八条；权利人依《民法典》第一千一百九十五条、第一千一百九十七条。平台自营的，"
                       "依《消费者权益保护法》第四十条、《电子商务法》第三十七条第二款作为销售者承担责任；"
                       "免除平台责任的格式条款依《消费者权益保护法》第二十六条无效。")),
    Page.TRANSACTION: PageText(
        QT_TRANSLATE_NOOP("Questions", "交易"),
        QT_TRANSLATE_NOOP("Questions", "交易或侵权行为的日期决定适用哪一部法律：2014年3月15日起适用修正后的《消费者权益保护法》，"
                       "2019年1月1日起适用《电子商务法》，2021年1月1日起适用《民法典》；侵权内容持续到"
                       "2021年以后的，依最高人民法院关于《民法典》时间效力的规定第一条适用民法典。"
                       "关系生命健康的商品适用《电子商务法》第三十八条第二款。")),
    Page.HARM: PageText(
        QT_TRANSLATE_NOOP("Questions", "损害"),
        QT_TRANSLATE_NOOP("Questions", "损失决定赔偿数额；欺诈适用《消费者权益保护法》第五十五条第一款，明知缺陷造成严重损害"
                       "适用第五十五条第二款，不符合食品安全标准的食品适用《食品安全法》第一百四十八条第二款，"
                       "假药、劣药适用《药品管理法》第一百四十四条第三款。知道损害的日期决定诉讼时效的起算"
                       "（《民法典》第一百八十八条）。")),
    Page.IDENTIFICATION: PageText(
        QT_TRANSLATE_NOOP("Questions", "卖家身份"),
        QT_TRANSLATE_NOOP("Questions", "《消费者权益保护法》第四十四条第一款：平台不能提供销售者的真实名称、地址和有效联系方式的，"
                       "消费者可以要求平台赔偿；《电子商务法》第二十七条要求平台核验、登记并定期核验经营者"
                       "身份信息。权利人起诉直接侵权人同样需要这些信息。")),
    Page.PROMISE: PageText(
        QT_TRANSLATE_NOOP("Questions", "平台承诺"),
        QT_TRANSLATE_NOOP("Questions", "《消费者权益保护法》第四十四条第一款：平台作出更有利于消费者的承诺的，应当履行承诺。")),
    Page.KNOWLEDGE: PageText(
        QT_TRANSLATE_NOOP("Questions", "通知与知情"),
        QT_TRANSLATE_NOOP("Questions", "平台知道或者应当知道侵权而未采取必要措施的，承担连带责任：消费者依《消费者权益保护法》"
                       "第四十四条第二款、《电子商务法》第三十八条第一款；权利人依《民法典》第一千一百九十五条"
                       "（通知与删除）、第一千一百九十七条，2021年以前为《侵权责任法》第三十六条。")),
    Page.FOOD: PageText(
        QT_TRANSLATE_NOOP("Questions", "食品平台义务"),
        QT_TRANSLATE_NOOP("Questions", "《食品安全法》第一百三十一条第一款：网络食品交易第三方平台未对入网食品经营者实名登记、"
                       "审查许可证，或者发现严重违法行为未停止提供服务的，与食品经营者承担连带责任。")),
    Page.QUALIFICATION: PageText(
        QT_TRANSLATE_NOOP("Questions", "资质审核与安全保障"),
        QT_TRANSLATE_NOOP("Questions", "《电子商务法》第三十八条第二款：对关系消费者生命健康的商品或者服务，平台对经营者资质资格"
                       "未尽到审核义务，或者对消费者未尽到安全保障义务，造成消费者损害的，依法承担相应的责任。")),
    Page.LIMITATION: PageText(
        QT_TRANSLATE_NOOP("Questions", "诉讼时效"),
        QT_TRANSLATE_NOOP("Questions", "诉讼时效期间为三年，自知道权利受到损害以及义务人之日起计算（《民法典》第一百八十八条）；"
                       "权利人向义务人提出履行请求、义务人同意履行、提起诉讼或者申请仲裁、调解等，诉讼时效中断，"
                       "从中断、有关程序终结时起重新计算（《民法典》第一百九十五条）。")),
    Page.CONCLUSION: PageText(
        QT_TRANSLATE_NOOP("Questions", "复核"),
        QT_TRANSLATE_NOOP("Questions", "逐项核对已填写的答案，点“修改”回到提问处；尚未回答的问题可点击补充。"
                       "备注原样印入法律意见书。")),
}


def question_label(path: str) -> str:
    """The translated question asking the fact at ``path`` (for missing-fact links), mnemonic removed."""
    for questions in QUESTIONS.values():
        for question in questions:
            if question.path == path:
                return plain_label(question.label)
    return path


def plain_label(label: str) -> str:
    """A translated label without its mnemonic: "案件名称(&T)" → "案件名称", "Lo&go" → "Logo"."""
    return re.sub(r"[(（]&\w[)）]", "", tr(label)).replace("&&", "\0").replace("&", "").replace("\0", "&")


def question_of(path: str) -> Question | None:
    return next((q for questions in QUESTIONS.values() for q in questions if q.path == path), None)


def mnemonic_label(text: str, key: str) -> str:
    """A translated label with its Alt-letter: Chinese the Qt way ("案件名称(&T)"), English on the
    letter where a word starts with it, else on the letter anywhere, else appended ("Seller (&U)")."""
    if "&" in text.replace("&&", ""):
        return text  # the source already carries it
    text = text.replace("&", "&&")
    if re.search(r"[\u3400-\u9fff]", text):
        return f"{text}(&{key})"
    found = re.search(rf"\b{key}", text, re.IGNORECASE) or re.search(key, text, re.IGNORECASE)
    return f"{text[:found.start()]}&{text[found.start():]}" if found else f"{text} (&{key})"


@cache
def _help_texts() -> dict[str, dict[str, str]]:
    with (resources_dir() / "question_help.toml").open("rb") as file:
        return tomllib.load(file)


def question_help(path: str) -> QuestionHelp | None:
    """The help of the question asking ``path``, in the interface's language."""
    entry = _help_texts().get(path)
    if entry is None:
        return None
    suffix = "_en" if QLocale().language() == QLocale.Language.English else ""
    return QuestionHelp(entry["what" + suffix], entry["example" + suffix], entry["evidence" + suffix])
