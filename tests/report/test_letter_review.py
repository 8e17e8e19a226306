"""One test per finding of the lawyer's letter review (shared/reviews/letter-review.md) and per v3 part
of the letter: each renders the case that showed it, or one built for it, and reads the PDF's text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from tests.report.conftest import FIRM, RenderedLetter, make_case, render_and_read, squeeze

from liability_wizard.core.firm import FirmProfile
from liability_wizard.core.numerals import chinese_date
from liability_wizard.report.letter import LetterRenderer
from liability_wizard.report.money import amount_in_words

pytestmark = pytest.mark.slow


def raw(letter: RenderedLetter) -> str:
    """The text in content-stream order, where a wrapped table cell stays whole."""
    return squeeze(subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(letter.path), "-"],
                                  capture_output=True, check=True, text=True).stdout)


@pytest.fixture(scope="module")
def renderer() -> LetterRenderer:
    return LetterRenderer()


@pytest.fixture
def render(tmp_path: Path, renderer: LetterRenderer):
    def run(firm: FirmProfile = FIRM, **case: Any) -> RenderedLetter:
        return render_and_read(make_case(**case), tmp_path / "letter.pdf", renderer, firm)
    return run


def test_h1_expired_deadline_gets_the_interruption_checklist_not_a_date_to_act_by(letters) -> None:
    letter = letters["e05"]  # deadline 2021-03-01, letter dated 2025-06-01
    deadline = chinese_date(letter.evaluation.limitation.deadline)
    assert f"务必在{deadline}之前" not in letter.text and "务必在" not in letter.text
    summary = letter.text.split("三、法律分析")[1].split("（一）")[0]
    assert f"诉讼时效可能已于{deadline}届满" in summary
    for text in ("《诉讼时效规定》第八条", "《诉讼时效规定》第十二条", "《诉讼时效规定》第十五条第二款",
                 "对方未提出诉讼时效抗辩的，法院不会主动适用诉讼时效"):
        assert squeeze(text) in letter.text, text


def test_h2_rights_holder_told_which_remedies_no_period_bars_and_the_look_back(letters) -> None:
    letter = letters["e20"]  # continuing trademark infringement, deadline 2022
    assert "但停止侵害、排除妨碍、消除危险的请求不适用诉讼时效" in letter.text
    assert "损害赔偿数额自起诉之日起向前推算3年计算" in letter.text


def test_h3_only_the_expanded_only_scope_says_only_this_part(letters) -> None:
    for key, letter in letters.items():
        scope = letter.evaluation.damages.joint_scope
        row = letter.evaluation.damages.expanded_loss is not None
        assert ("仅就此部分" in raw(letter)) == (scope == "expanded_only" and row), key
        if scope == "after_knowledge" and letter.evaluation.damages.expanded_loss is not None:
            assert "不限于此部分" in raw(letter), key


def test_h4_knew_or_should_have_known_from_the_standard(letters) -> None:
    tll = letters["e24"]  # 2019 defamation, TLL:36.3 alone
    assert tll.evaluation.finding("knowledge").standard == "knew"
    assert "关于平台是否知道侵权而未采取必要措施" in tll.text
    assert "关于平台是否知道或者应当知道侵权" not in tll.text
    ecl = letters["e20"]  # ECL:45
    assert "关于平台是否知道或者应当知道侵权而未采取必要措施" in ecl.text


def test_h5_known_defect_damages_are_a_ceiling_with_their_condition(letters) -> None:
    letter = letters["e22"]
    head = next(h for h in letter.evaluation.damages.heads if h.head == "known_defect")
    assert head.kind == "ceiling" and head.amount
    assert squeeze(f"最高不超过{head.amount:,.2f}元") in letter.text
    assert "死亡或者健康严重损害为条件" in letter.text and "二倍以下，由法院酌定" in letter.text


def test_h6_self_operated_sale_claims_against_the_platform_as_seller_and_the_producer(letters) -> None:
    letter = letters["e28"]
    assert "（作为销售者）提出书面索赔" in letter.text and "生产者：" in letter.text
    assert "同时可以一并向销售者主张权利" not in letter.text
    assert "委托人目前未掌握销售者" not in letter.text and "平台未审核销售者的资质资格" not in letter.text
    assert "以书面方式（保留记录）要求" not in letter.text


def test_h7_rights_holder_letter_names_the_direct_infringer_not_a_sale(letters) -> None:
    letter = letters["e15"]  # a defamatory forum post
    facts = letter.text.split("二、基本事实")[1].split("三、法律分析")[0]
    assert "该交易" not in facts and "销售者" not in facts
    assert "直接侵权人（发布者或平台内经营者）" in facts


def test_m1_client_without_a_name_is_not_named_twice(render) -> None:
    text = render().text
    assert "委托人委托人" not in text and "委托人于2024年5月1日" in text


def test_m2_a_not_liable_letter_gives_the_date_reason(letters) -> None:
    letter = letters["e08"]  # bought 2013
    assert "因行为发生的日期而不适用" in letter.text and "2014年3月15日" in letter.text


def test_a_failed_ground_names_each_article_once(letters) -> None:
    text = raw(letters["e02"])
    ground = text[text.index("二是关于平台能否提供"):text.index("三是关于")]
    assert ground.count("《消费者权益保护法》第四十四条第一款") == 1
    assert "（《电子商务法》第二十七条）：" in ground  # the article the reasoning does not name stays


def test_m3_unknown_punitive_head_is_not_zero(letters) -> None:
    letter = letters["e09"]  # fraud unknown
    assert [h.kind for h in letter.evaluation.damages.heads] == ["undetermined"]
    assert "惩罚性赔偿（欺诈）尚不能确定" in raw(letter) and "0.00元" not in letter.text


def test_m6_facts_do_not_contradict_each_other(render) -> None:
    text = render(knowledge={"notice_received": False, "indicators": ["repeated_complaints"]},
                  identification={"provided": "full", "valid_when_registered": True}).text
    assert "委托人未就本次交易向平台投诉或发出通知；但平台曾多次收到同类投诉" in text
    assert "未掌握" not in text and "登记核验时" not in text.split("三、法律分析")[0]


def test_m8_exclusion_clause_void_only_if_unfair_and_its_text_asked_for(letters) -> None:
    letter = letters["e27"]  # clause text unknown
    assert "如平台援引的用户协议条款属于" in letter.text and "该条款的原文尚未提供" in letter.text
    assert "平台援引的免责条款原文" in letter.text.split("六、尚需查明的事实与证据")[1]


def test_m9_live_stream_room_operator_named_as_a_party(letters) -> None:
    letter = letters["e29"]
    assert "直播间运营者：" in letter.text


def test_m10_rights_holder_not_asked_consumer_only_facts(render) -> None:
    text = render(client_role="rights_holder", harm={"kinds": ["ip"]},
                  transaction={"date": "2024-05-01", "category": "food"}).text
    assert "食品是否不符合食品安全标准" not in text and "经营者是否存在欺诈行为" not in text


def test_m11_not_liable_consumer_letter_says_where_the_claim_goes(letters) -> None:
    letter = letters["e29"]
    assert letter.evaluation.platform_liable == "no"
    for party in letter.evaluation.other_parties:
        assert squeeze(party.reasoning[:20]) in letter.text
    assert "委托人应当向" in letter.text


def test_m12_consumer_joint_liability_named_as_the_statute_does(letters) -> None:
    assert "应当与入网食品经营者承担连带责任" in letters["e04"].text
    for key, letter in letters.items():
        if letter.case.client_role == "consumer":
            assert "应当与侵权人承担连带责任" not in letter.text, key


def test_l1_items_of_a_quoted_article_on_their_own_lines(letters) -> None:
    lines = [line.strip() for page in letters["e16"].page_lines for line in page]
    assert any(line.startswith("（一）收货人签收商品") for line in lines)
    assert any(line.startswith("（二）电子商务平台经营者依法应承担的责任") for line in lines)


def test_l2_capital_amount_in_jiao_ends_with_zheng_and_no_space_before_yuan(letters) -> None:
    assert amount_in_words(15.5) == "人民币壹拾伍元伍角整"
    assert any("1,299.00元" in line for page in letters["e01"].page_lines for line in page)


def test_l3_firm_letter_structure_and_two_signing_lawyers(render) -> None:
    firm = FirmProfile(name="上海某某律师事务所", lawyer="赵律师", lawyer_licence="13101201811111111",
                       second_lawyer="钱律师", second_lawyer_licence="13101201922222222",
                       postcode="200000", email="law@example.com")
    letter = render(firm)
    text = letter.text
    for part in ("一、出具依据与审阅材料", "释义：本意见书中，", "《中华人民共和国消费者权益保护法》简称《消费者权益保护法》",
                 "七、风险提示", "八、结论", "综上所述，本所认为", "九、声明与假设", "本所假设",
                 "赵律师（执业证号：13101201811111111）", "钱律师（执业证号：13101201922222222）",
                 "邮编：200000", "电子邮箱：law@example.com"):
        assert squeeze(part) in text, part
    # each law's full name once (in the 释义), then its short name
    assert text.count("《中华人民共和国消费者权益保护法》") == 1
    sections = re.split(r"（[一二三四五六七]）关于", text.split("三、法律分析")[1].split("四、赔偿与时效")[0])
    assert all(section.count("结论：") <= 1 for section in sections)


def test_v3_burden_of_proof_for_each_open_point(letters) -> None:
    letter = letters["e17"]
    open_points = [f for f in letter.evaluation.findings if f.if_unproven]
    assert open_points
    assert "举证责任：" in letter.text
    assert "如委托人不能证明，法院可能认定" in letter.text or "不能证明，法院可能认定" in letter.text


def test_v3_interruption_and_earliest_deadline(letters) -> None:
    letter = letters["e19"]  # complaint to 12315 whose end is unknown
    lim = letter.evaluation.limitation
    assert f"诉讼时效于{chinese_date(lim.interrupted_on)}中断，自中断时起重新计算" in raw(letter)
    assert f"最早可能于{chinese_date(lim.deadline)}届满" in raw(letter)


def test_v3_month_only_dates_printed_as_months_and_the_day_asked_for(letters) -> None:
    letter = letters["e31"]
    month = letter.case.transaction.date
    assert f"{month.year}年{month.month}月" in letter.text and chinese_date(month) not in letter.text
    assert "请委托人提供确切日期" in letter.text
