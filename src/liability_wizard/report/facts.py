"""一、基本事实: the case's facts told in prose, unknown facts named as unknown (尚不清楚) — those the
client was asked about; a fact nobody asked yet is not mentioned here but listed as still to establish.

Also the Chinese name of every fact path (``identification.provided`` → 平台是否提供了销售者的
真实名称、地址和有效联系方式), for the list of facts still to be established.
"""

from __future__ import annotations

from liability_wizard.core.case import Case
from liability_wizard.core.numerals import chinese_date
from liability_wizard.report.money import format_amount

UNKNOWN = "尚不清楚"

#: Every fact path of case-format.md, as the letter names it.
FACT_LABELS: dict[str, str] = {
    "title": "案件名称",
    "reference": "本所案号",
    "client_role": "委托人的身份（消费者或权利人）",
    "client.name": "委托人姓名或名称",
    "client.contact": "委托人联系方式",
    "platform.name": "平台名称",
    "platform.self_operated": "商品或服务是否由平台自营",
    "platform.self_operated_label": "平台是否标注“自营”或使消费者误以为系自营",
    "platform.live_streaming": "是否通过直播间销售",
    "platform.food_delivery": "平台是否为网络餐饮服务平台",
    "platform.exclusion_clause": "平台是否援引用户协议中的免责条款",
    "platform.exclusion_clause_text": "平台援引的免责条款原文",
    "platform.collected_payment": "货款是否由平台以自己的名义收取",
    "seller.name": "销售者名称",
    "seller.address": "销售者地址",
    "seller.contact": "销售者联系方式",
    "transaction.date": "购买或侵权行为发生的日期",
    "transaction.continued_until": "侵权信息持续在线至何日",
    "transaction.subject": "交易标的",
    "transaction.category": "交易类别",
    "transaction.price": "价款",
    "transaction.life_health": "商品或服务是否关系消费者生命健康",
    "transaction.reasonable_quantity_price": "合理生活消费数量部分的价款",
    "harm.kinds": "损害类型",
    "harm.loss": "实际损失金额",
    "harm.loss_after_notice": "平台应处理通知之后扩大的损失金额",
    "harm.discovered_date": "知道或应当知道权利受损及义务人的日期",
    "harm.seller_fraud": "经营者是否存在欺诈行为",
    "harm.knowingly_defective": "经营者是否明知缺陷仍然销售并造成死亡或健康严重损害",
    "harm.unsafe_food": "食品是否不符合食品安全标准",
    "harm.fake_or_substandard_drug": "药品是否属于假药、劣药",
    "harm.seller_knew_unsafe": "销售者是否明知食品或药品不安全",
    "harm.label_defect_only": "是否仅为不影响安全且不误导消费者的标签瑕疵",
    "harm.serious_injury": "是否造成死亡或者健康严重损害",
    "harm.bought_knowing_defect": "委托人购买时是否已知商品存在假冒、缺陷或不安全问题",
    "harm.ip_right": "受侵害的知识产权种类（商标权、著作权或专利权）",
    "identification.requested": "委托人是否曾要求平台提供销售者信息",
    "identification.provided": "平台是否提供了销售者的真实名称、地址和有效联系方式",
    "identification.seller_left_platform": "销售者是否已退出平台",
    "identification.valid_when_registered": "平台能否证明其登记核验时销售者信息真实有效",
    "promise.made": "平台是否作出更有利于消费者的承诺",
    "promise.text": "平台承诺的原文",
    "promise.more_favorable": "平台承诺是否比法律规定更有利于消费者",
    "promise.performed": "平台是否已履行其承诺",
    "promise.by": "承诺由谁作出（平台、平台为经营者公布的标准或销售者）",
    "promise.kind": "承诺的形式（客服承诺、平台公布的规则或保障计划）",
    "promise.amount": "承诺赔付的金额",
    "promise.multiple": "承诺赔付的价款倍数",
    "knowledge.notice_received": "平台是否收到投诉或通知",
    "knowledge.notice_date": "平台收到通知的日期",
    "knowledge.notice_complete": "通知是否载明通知人身份及联系方式、侵权信息网址和初步证据",
    "knowledge.forwarded": "平台是否已将通知转送平台内经营者或用户",
    "knowledge.measures": "平台收到通知后是否及时采取必要措施",
    "knowledge.measures_date": "平台采取措施的日期",
    "knowledge.indicators": "表明平台应当知道侵权的事实",
    "knowledge.breach_continuing": "投诉后销售者的违约行为是否仍在持续",
    "knowledge.seller_exit_allowed": "投诉后平台是否允许销售者退出平台或解冻其保证金、货款",
    "food.real_name_registered": "平台是否对入网食品经营者进行实名登记",
    "food.license_reviewed": "平台是否审查入网食品经营者的许可证",
    "food.serious_violation_known": "平台是否发现入网食品经营者存在严重违法行为",
    "food.service_stopped": "平台发现严重违法行为后是否停止提供服务",
    "qualification_review": "平台是否审核了销售者的资质资格",
    "safety_duty_breached": "平台是否未尽安全保障义务",
    "live_stream.operator_disclosed_not_seller": "直播间运营者是否已表明其并非销售者并标明实际销售者",
    "live_stream.operator_knew_unsafe": "直播间运营者是否知道或者应当知道商品不安全",
    "limitation.interruptions": "诉讼时效中断事由（请求、投诉、调解、诉讼、同意履行）",
    "date_precision": "日期精度（日或月）",
    "notes": "律师备注",
}

CATEGORY_WORDS = {"goods": "商品", "food": "食品", "drug": "药品", "service": "服务",
                  "content": "网络信息内容"}
HARM_WORDS = {"property": "财产损失", "personal_injury": "人身损害", "ip": "知识产权受到侵害",
              "reputation": "名誉等人格权益受到侵害", "other": "其他损害"}
PROVIDED_WORDS = {"full": "平台已提供销售者真实的名称、地址和有效联系方式",
                  "partial": "平台仅提供了销售者的部分信息",
                  "none": "平台未提供销售者的任何信息",
                  "false": "平台提供的销售者信息不真实或已失效"}
MEASURES_WORDS = {"none": "平台未采取任何措施", "timely": "平台及时采取了必要措施",
                  "late": "平台采取措施不及时", "insufficient": "平台仅采取了部分措施，未采取必要措施"}
INDICATOR_WORDS = {"repeated_complaints": "平台曾多次收到同类投诉", "obvious_infringement": "侵权事实明显",
                   "platform_promoted": "平台对该商品或信息进行了推荐",
                   "platform_edited": "平台对该信息进行了编辑、整理",
                   "abnormal_price": "商品价格明显低于市场价", "prior_penalty": "销售者曾受行政处罚",
                   "regulator_notice": "监管部门曾向平台发出通知"}


def fact_label(path: str) -> str:
    return FACT_LABELS.get(path, path)


def case_date(case: Case, path: str) -> str:
    """A date of the case as the letter prints it: "2023年5月" for a date known only to the month
    (date_precision), never an invented day."""
    value = case.date_at(path)
    assert value is not None
    if case.precision(path) == "month":
        return f"{value.year}年{value.month}月"
    return chinese_date(value)


def _tri(value: bool | None, yes: str, no: str, unknown: str) -> str:
    return yes if value else no if value is False else unknown


def asked(case: Case, path: str) -> bool:
    """Whether the file holds the key (``null`` = the client does not know, 不清楚). An absent key is a
    question nobody asked yet: the facts never call it 尚不清楚; it is listed as still to establish."""
    part, _, key = path.rpartition(".")
    if not part:
        return key in case.model_fields_set
    return part in case.model_fields_set and key in getattr(case, part).model_fields_set


def _unknown(case: Case, path: str, text: str) -> str:
    return text if asked(case, path) else ""


def _joined(parts: list[str]) -> str:
    return "；".join(part for part in parts if part)


def unasked_facts(case: Case) -> list[str]:
    """The facts the facts section would call 尚不清楚 had they been asked: unknown and not asked yet."""
    consumer, category = case.client_role == "consumer", case.transaction.category
    candidates = ["transaction.price", "harm.loss", "harm.discovered_date"]
    if consumer:
        candidates += ["platform.self_operated", "platform.self_operated_label", "harm.seller_fraud",
                       "promise.made", "knowledge.notice_received"]
        if case.platform.self_operated is not True:
            candidates += ["identification.requested", "identification.provided"]
        if category in ("food", "drug"):
            candidates.append("harm.seller_knew_unsafe")
        if category == "food":
            candidates += ["food.real_name_registered", "food.license_reviewed"]
        if case.transaction.life_health and case.platform.self_operated is not True:
            candidates.append("qualification_review")
        if case.promise.made is True:
            candidates.append("promise.performed")
    if case.knowledge.notice_received is True:
        candidates += ["knowledge.notice_complete", "knowledge.measures"]
    return [path for path in candidates if _value(case, path) is None and not asked(case, path)]


def _value(case: Case, path: str) -> object:
    value: object = case
    for part in path.split("."):
        value = getattr(value, part)
    return value


def _purchase(case: Case) -> str:
    t, where = case.transaction, case.platform.name or "涉案平台"
    # "委托人张某", or just "委托人" when the name is unknown (never "委托人委托人", letter review M1).
    who = "委托人" + (case.client.name or "")
    subject = t.subject or f"{CATEGORY_WORDS[t.category]}（名称尚不清楚）"
    if case.client_role == "rights_holder":
        text = (f"{who}系权利人。据其陈述，{case_date(case, 'transaction.date')}起，"
                f"{where}上出现涉嫌侵害其权益的{subject}")
        if t.continued_until:
            text += f"，并至少持续至{case_date(case, 'transaction.continued_until')}"
        return text + "。"
    room = "的直播间" if case.platform.live_streaming else ""
    price = (f"，价款{format_amount(t.price)}" if t.price is not None
             else _unknown(case, "transaction.price", "，价款尚不清楚"))
    return f"{who}于{case_date(case, 'transaction.date')}通过{where}{room}购买{subject}{price}。"


def _infringer(case: Case) -> str:
    """A rights holder's letter names the direct infringer, not a sale (letter review H7)."""
    s, i = case.seller, case.identification
    known = "、".join(part for part in (s.name, s.address, s.contact) if part)
    parts = [f"委托人所知的直接侵权人（发布者或平台内经营者）信息为：{known}" if known
             else "委托人目前未掌握直接侵权人（发布者或平台内经营者）的名称、地址和联系方式"]
    if i.requested is not None:
        parts.append(_tri(i.requested, "委托人曾要求平台提供直接侵权人的信息", "委托人未曾要求平台提供直接侵权人的信息", ""))
    if i.provided:
        parts.append(PROVIDED_WORDS[i.provided].replace("销售者", "直接侵权人"))
    return "；".join(parts) + "。"


def _sale(case: Case) -> str:
    p, s = case.platform, case.seller
    sellers = "、".join(part for part in (s.name, s.address, s.contact) if part)
    parts = [
        _tri(p.self_operated, "该交易系平台自营", "该交易由平台内经营者完成，并非平台自营",
             _unknown(case, "platform.self_operated", f"该交易是否系平台自营{UNKNOWN}")),
        _tri(p.self_operated_label, "平台对其标注了“自营”或作出使消费者误以为系自营的展示",
             "平台未作“自营”标注", _unknown(case, "platform.self_operated_label", f"平台是否作“自营”标注{UNKNOWN}")),
    ]
    if p.self_operated is not True:
        if sellers:
            parts.append(f"委托人所知的销售者信息为：{sellers}")
        elif case.identification.provided != "full":  # not "未掌握" beside "平台已提供" (M6)
            parts.append("委托人目前未掌握销售者的名称、地址和联系方式")
    if p.food_delivery:
        parts.append("该平台为网络餐饮服务平台")
    return _joined(parts) + "。" if _joined(parts) else ""


def _harm(case: Case) -> str:
    h = case.harm
    kinds = "、".join(HARM_WORDS[k] for k in h.kinds) if h.kinds else f"损害类型{UNKNOWN}"
    parts = [f"委托人主张的损害为：{kinds}",
             f"实际损失为{format_amount(h.loss)}" if h.loss is not None
             else _unknown(case, "harm.loss", f"实际损失金额{UNKNOWN}"),
             f"委托人于{case_date(case, 'harm.discovered_date')}知道或应当知道其权利受到损害及义务人"
             if h.discovered_date else _unknown(case, "harm.discovered_date", f"委托人知道权利受损及义务人的日期{UNKNOWN}")]
    if case.client_role == "consumer":
        parts.append(_tri(h.seller_fraud, "经营者存在欺诈行为", "未见经营者欺诈",
                          _unknown(case, "harm.seller_fraud", f"经营者是否存在欺诈{UNKNOWN}")))
    flags = (
        (h.knowingly_defective, "经营者明知商品存在缺陷仍然销售"),
        (h.unsafe_food, "涉案食品不符合食品安全标准"),
        (h.fake_or_substandard_drug, "涉案药品属于假药或劣药"),
        (h.seller_knew_unsafe, "销售者明知其不安全"),
        (h.label_defect_only, "问题仅为不影响安全且不误导消费者的标签瑕疵"),
    )
    parts += [text for value, text in flags if value]
    if case.transaction.category in ("food", "drug") and h.seller_knew_unsafe is None:
        parts.append(_unknown(case, "harm.seller_knew_unsafe", f"销售者是否明知{UNKNOWN}"))
    return _joined(parts) + "。"


def _identification(case: Case) -> str:
    i = case.identification
    parts = [_tri(i.requested, "委托人曾要求平台提供销售者的真实名称、地址和有效联系方式",
                  "委托人未曾要求平台提供销售者信息",
                  _unknown(case, "identification.requested", f"委托人是否曾要求平台提供销售者信息{UNKNOWN}")),
             PROVIDED_WORDS[i.provided] if i.provided
             else _unknown(case, "identification.provided", f"平台是否提供了销售者信息{UNKNOWN}")]
    if i.seller_left_platform:
        parts.append("销售者已退出平台")
    if i.valid_when_registered is not None and i.provided == "false":  # only where the data proved untrue (M6)
        parts.append(_tri(i.valid_when_registered, "平台能够证明其登记核验时销售者信息真实有效",
                          "平台不能证明其登记核验时销售者信息真实有效", ""))
    return _joined(parts) + "。" if _joined(parts) else ""


def _promise(case: Case) -> str | None:
    pr = case.promise
    if pr.made is False:
        return None
    if pr.made is None:
        return _unknown(case, "promise.made", f"平台是否作出过先行赔付等承诺{UNKNOWN}。") or None
    text = f"平台曾作出承诺：“{pr.text}”" if pr.text else "平台曾作出更有利于消费者的承诺（原文尚待提供）"
    return _joined([text, _tri(pr.performed, "平台已履行该承诺", "平台未履行该承诺",
                               _unknown(case, "promise.performed", f"平台是否已履行该承诺{UNKNOWN}"))]) + "。"


def _knowledge(case: Case) -> str:
    k = case.knowledge
    if k.notice_received is False:
        # The client's own notice; the indicators below may still show earlier complaints (M6).
        parts = ["委托人未就本次交易向平台投诉或发出通知"]
    elif k.notice_received is None:
        parts = [_unknown(case, "knowledge.notice_received", f"平台是否收到相关投诉或通知{UNKNOWN}")]
    else:
        when = f"于{case_date(case, 'knowledge.notice_date')}" if k.notice_date else "（日期尚不清楚）"
        parts = [f"平台{when}收到相关投诉或通知",
                 _tri(k.notice_complete, "通知载明了通知人身份及联系方式、侵权信息网址和初步证据",
                      "通知内容不完整", _unknown(case, "knowledge.notice_complete", f"通知内容是否完整{UNKNOWN}")),
                 MEASURES_WORDS[k.measures] if k.measures
                 else _unknown(case, "knowledge.measures", f"平台收到通知后采取了何种措施{UNKNOWN}")]
        if k.measures_date:
            parts.append(f"平台于{case_date(case, 'knowledge.measures_date')}采取措施")
        if k.forwarded is not None:
            parts.append(_tri(k.forwarded, "平台已将通知转送相关经营者或用户", "平台未转送通知", ""))
    if k.indicators:
        parts.append(("但" if k.notice_received is False else "此外，") + "、".join(INDICATOR_WORDS[i] for i in k.indicators))
    return _joined(parts) + "。" if _joined(parts) else ""


def _food_and_safety(case: Case) -> list[str]:
    out = []
    if case.transaction.category == "food":
        f = case.food
        food = _joined([
            _tri(f.real_name_registered, "平台对入网食品经营者进行了实名登记",
                 "平台未对入网食品经营者进行实名登记",
                 _unknown(case, "food.real_name_registered", f"平台是否进行实名登记{UNKNOWN}")),
            _tri(f.license_reviewed, "平台审查了其食品经营许可证", "平台未审查其食品经营许可证",
                 _unknown(case, "food.license_reviewed", f"平台是否审查许可证{UNKNOWN}")),
        ])
        if food:
            out.append(food + "。")
    if case.transaction.life_health and case.platform.self_operated is not True:
        out.append(_joined(["涉案商品或服务关系消费者生命健康", _tri(
            case.qualification_review, "平台审核了销售者的资质资格", "平台未审核销售者的资质资格",
            _unknown(case, "qualification_review", f"平台是否审核了销售者的资质资格{UNKNOWN}"))]) + "。")
    if case.safety_duty_breached:
        out.append("平台未尽到对消费者的安全保障义务。")
    if case.platform.exclusion_clause:
        out.append("平台以其用户协议中排除或限制其责任的格式条款为由拒绝承担责任。")
    return out


def reviewed_materials(case: Case) -> tuple[str, ...]:
    """出具依据: what the opinion rests on, from the facts the case records (letter review L3.1)."""
    items = ["委托人关于本案事实的陈述"]
    noun = "侵权信息或商品页面" if case.client_role == "rights_holder" else "订单"
    items.append(f"委托人提供的{noun}信息（{case_date(case, 'transaction.date')}）")
    if case.harm.loss is not None:
        items.append("委托人提供的损失金额及其计算")
    if case.identification.provided and case.platform.self_operated is not True:
        items.append("平台就提供销售者信息所作的答复")
    if case.promise.text:
        items.append("平台承诺的原文")
    if case.knowledge.notice_received:
        items.append("委托人或他人向平台发出的投诉或通知" + (f"（{case_date(case, 'knowledge.notice_date')}）"
                                                          if case.knowledge.notice_date else ""))
    if case.platform.exclusion_clause_text:
        items.append("平台援引的用户协议条款原文")
    if case.limitation.interruptions:
        items.append("委托人提出请求、投诉、调解或起诉的记录（" + "、".join(
            chinese_date(i.date) for i in case.limitation.interruptions) + "）")
    return tuple(items)


def fact_paragraphs(case: Case) -> list[str]:
    """The facts as the letter states them, one paragraph per topic."""
    if case.client_role == "rights_holder":
        paragraphs = [_purchase(case), _infringer(case), _harm(case)]
    else:
        paragraphs = [_purchase(case), _sale(case), _harm(case)]
    if case.client_role == "consumer" and case.platform.self_operated is not True:
        # A self-operated sale has no third-party seller to identify (letter review H6).
        paragraphs.append(_identification(case))
    if case.client_role == "consumer":
        promise = _promise(case)
        if promise:
            paragraphs.append(promise)
    paragraphs.append(_knowledge(case))
    return [p for p in paragraphs + _food_and_safety(case) if p]  # a paragraph of unasked facts only is left out
