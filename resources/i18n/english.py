"""English for the interface's Chinese source strings: fills ``liability_wizard_en.ts``.

    pyside6-lupdate src/liability_wizard/gui/*.py src/liability_wizard/core/evaluation_names.py -source-language zh_CN -target-language en \
        -ts resources/i18n/liability_wizard_en.ts
    python resources/i18n/english.py            # fills the translations, reports any missing
    pyside6-lrelease resources/i18n/liability_wizard_en.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ENGLISH = {
    # case list and main window
    "案件名称": "Case", "委托人": "Client", "平台": "Platform", "交易日期": "Transaction date",
    "修改时间": "Modified", "结论": "Conclusion", "无法评估": "Not evaluated",
    "网络交易平台责任评估向导": "Liability Wizard", "搜索案件名称、当事人、标的、备注…": "Search cases, parties, subject, notes…",
    "搜索(&S)：": "&Search:", "全部结论": "All conclusions", "结论(&R)：": "Conclusion filte&r:",
    "回收站：选中案件后可“还原”或“永久删除”。": "Trash: select a case to restore it or delete it for good.",
    "正在打开案件数据库…": "Opening the case database…", "新建案件(&N)": "&New case", "打开(&O)": "&Open",
    "复制为新案件(&U)": "D&uplicate", "删除到回收站(&D)": "&Delete to trash", "导入案件文件(&I)…": "&Import case file…",
    "导出案件文件(&E)…": "&Export case file…", "显示回收站(&T)": "Show &trash", "还原(&R)": "&Restore",
    "永久删除(&P)…": "Delete &permanently…", "律所信息与语言(&S)…": "Firm and language &settings…",
    "关于(&A)": "&About", "示例案件(&E)": "&Example cases", "退出(&X)": "E&xit", "案件(&C)": "&Cases", "最近的案件(&M)": "Recent case&s",
    "回收站(&B)": "Recycle &bin", "设置(&G)": "Settin&gs", "帮助(&H)": "&Help", "案件": "Cases",
    "案件数据库无法打开": "The case database could not be opened", "无法打开案件数据库": "Cannot open the case database",
    "案件数据库：%1": "Case database: %1", "共 %n 件案件": "%n case(s)", "操作未完成": "Not done",
    "案件数据有误": "Invalid case data", "新案件 %1": "New case %1",
    "案件已移到回收站，可在“回收站”中还原。": "The case was moved to the trash; it can be restored from there.",
    "案件已还原。": "The case was restored.", "永久删除": "Delete permanently",
    "永久删除后无法恢复。确定删除这件案件吗？": "A permanently deleted case cannot be recovered. Delete it?",
    "导入案件文件": "Import case file", "案件文件 (*%1)": "Case files (*%1)", "无法导入案件文件": "Cannot import the case file",
    "已导入：%1": "Imported: %1", "导出案件文件": "Export case file", "无法导出": "Cannot export",
    "无法写入文件 %1：%2": "Cannot write %1: %2", "已导出到 %1": "Exported to %1",
    "设置未写入文件": "Settings file not written",
    "律师事务所信息已保存在案件数据库中，但无法写入设置文件：%1":
        "The firm's details were saved in the case database, but the settings file could not be written: %1",
    # wizard
    "已填写的页面：": "Pages gone through: ", "评估结论：": "Conclusion: ", "尚无法评估": "Cannot be evaluated yet",
    "案件向导 — %1": "Case wizard — %1", "意见书预览(&L)": "&Letter preview", "结果栏(&R)": "&Result panel",
    "关闭(&C)": "&Close", "完成(&F)": "&Finish", "为什么问这个": "Why this is asked", "有未保存的修改": "Unsaved changes",
    "未保存：": "Not saved: ", "已自动保存": "Saved automatically", "修改尚未保存": "Changes not saved",
    "有修改无法保存：%1\n\n仍然关闭并放弃这些修改吗？": "Some changes cannot be saved: %1\n\nClose and discard them?",
    "不清楚": "Unknown", "是": "Yes", "否": "No", "为什么问这个：": "Why this is asked: ",
    "日期晚于今天，请核对。": "The date is in the future; please check.",
    "采取措施的日期早于通知日期，请核对。": "The measures date is before the notice date; please check.",
    "仍在线的日期早于交易日期，请核对。": "The still-online date is before the transaction date; please check.",
    "知道损害的日期早于交易日期，请核对。": "The harm was discovered before the transaction date; please check.",
    "填写了通知日期，但“平台收到过通知”未选“是”，请核对。":
        "A notice date is given but 'notice received' is not Yes; please check.",
    "扩大的损失大于全部损失，请核对。": "The loss after the notice exceeds the whole loss; please check.",
    "元，未知可留空": "CNY; leave empty if unknown", "金额不能为负数，最多两位小数": "No negative amounts; at most two decimals",
    # letter preview
    "法律意见书预览 — %1": "Opinion letter — %1", "草稿水印(&D)": "&Draft watermark", "正在生成…": "Rendering…",
    "导出 PDF(&E)…": "&Export PDF…", "打印(&P)…": "&Print…", "正在生成意见书…": "Rendering the letter…",
    "共 %n 页": "%n page(s)", "生成失败": "Rendering failed", "无法生成意见书": "Cannot render the letter",
    "生成法律意见书时出错：%1": "The letter could not be rendered: %1", "导出法律意见书": "Export opinion letter",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)", "无法打印": "Cannot print", "打印机无法开始打印。": "The printer could not start.",
    "已发送到打印机": "Sent to the printer",
    # settings, about
    "律所信息与语言": "Firm and language", "选择(&B)…": "&Browse…", "律师事务所名称(&N)": "Law firm &name",
    "地址(&D)": "A&ddress", "电话(&P)": "&Phone", "承办律师(&L)": "&Lawyer", "徽标图片(&G)": "Lo&go image",
    "界面语言(&U)": "&User interface language", "界面语言在下次启动时生效。": "The language applies from the next start.",
    "选择徽标图片": "Choose a logo image", "图片 (*.png *.jpg *.jpeg *.svg)": "Images (*.png *.jpg *.jpeg *.svg)",
    "关于": "About",
    "依据中华人民共和国法律评估网络交易平台的责任，并生成法律意见书。评估结果供律师参考，不替代律师的专业判断。":
        "Assesses an online platform's liability under PRC law and drafts an opinion letter. The assessment "
        "assists a lawyer; it does not replace the lawyer's judgement.",
    "随附字体": "Bundled fonts", "以 SIL Open Font License 1.1 授权，许可证全文见：":
        "Licensed under the SIL Open Font License 1.1; full text: ",
    "界面基于 Qt for Python (PySide6)，LGPLv3 授权。": "The interface uses Qt for Python (PySide6), LGPLv3.",
    # result panel and outcome words
    "填写事实后，这里显示评估结果。": "The assessment appears here as facts are entered.", "尚缺事实：": "Missing facts: ",
    "责任：": "Liability: ", "依据：": "Basis: ", "损失赔偿：": "Compensation: ", "扩大部分：": "Loss after notice: ",
    "惩罚性赔偿：": "Punitive damages: ", "赔偿": "Damages", "尚无法计算": "cannot be computed yet",
    "⚠ 已届满": "⚠ expired", "⚠ 即将届满（剩余 %n 天）": "⚠ expires soon (%n day(s) left)", "诉讼时效": "Limitation",
    "届满日：": "Deadline: ", "平台自营": "Self-operated", "不能提供卖家身份": "Seller identity",
    "平台承诺": "Platform promise", "知道或应当知道": "Knew or should have known", "通知与删除": "Notice and takedown",
    "资质审核与安全保障": "Qualification review and safety", "食品平台义务": "Food platform duties",
    "应承担责任": "liable", "不承担责任": "not liable", "尚不确定": "uncertain", "不适用": "not applicable", "无": "none",
    "作为销售者承担责任": "as the seller", "先行赔偿（可向卖家追偿）": "advance compensation (recoverable from the seller)",
    "履行承诺": "perform its promise", "连带责任": "joint liability",
    "对损害扩大部分承担连带责任": "joint liability for the loss after the notice", "相应的责任": "corresponding liability",
    "平台应承担责任": "The platform is liable", "平台不承担责任": "The platform is not liable",
    "尚不确定，需补充事实": "Uncertain: more facts needed", "不在本程序评估范围内": "Outside what this program assesses",
    # questions
    "消费者": "Consumer", "权利人（知识产权、名誉等）": "Rights holder (IP, reputation…)", "商品": "Goods", "食品": "Food",
    "药品": "Drug", "服务": "Service", "网络内容（帖子、视频等）": "Online content (posts, videos…)",
    "财产损失": "Property loss", "人身损害": "Personal injury", "知识产权受侵害": "IP infringed",
    "名誉受侵害": "Reputation harmed", "其他": "Other",
    "完整提供（名称、地址、有效联系方式）": "Fully (name, address, valid contact)", "只提供了一部分": "Only partly",
    "没有提供": "Not at all", "提供了，但不真实或已失效": "Given, but untrue or no longer valid",
    "未采取任何措施": "None", "及时采取了必要措施": "Necessary measures in time", "采取措施不及时": "Too late",
    "采取了部分措施，但不是必要措施（如仅删除被通知的链接）":
        "Some steps, not the necessary ones (e.g. only the notified link deleted)",
    "多次被投诉": "Repeated complaints", "侵权明显": "Obvious infringement", "平台推荐、推广过": "Promoted by the platform",
    "平台编辑、整理过": "Edited by the platform", "价格明显异常": "Abnormal price", "经营者曾受过处罚": "Prior penalty",
    "监管部门曾通知平台": "Regulator notified the platform",
    "案件名称(&T)": "Case &title", "本所案号": "Our reference", "委托人身份": "Client role", "委托人姓名/名称": "Client name",
    "委托人联系方式": "Client contact", "平台名称": "Platform name", "平台自己销售（自营）": "Sold by the platform itself",
    "标注“自营”或足以使人误认为自营": "Labelled or presented as self-operated",
    "通过直播间销售（直播带货）": "Sold in a live stream", "外卖（网络餐饮服务）平台": "Food-delivery platform",
    "平台援引用户协议中的免责格式条款": "Platform relies on an exclusion clause", "卖家名称": "Seller name",
    "卖家地址": "Seller address", "卖家联系方式": "Seller contact",
    "交易（或侵权行为）日期": "Date of purchase (or infringing act)", "侵权链接或内容仍在线的日期": "Still online on",
    "类别": "Category", "标的（商品、服务或内容）": "Subject", "价款（元）": "Price (CNY)",
    "关系消费者生命健康的商品或服务": "Bears on life and health", "损害类型": "Kinds of harm",
    "主张的实际损失（元）": "Actual loss claimed (CNY)", "其中平台应处理通知之后扩大的损失（元）": "Of which after the notice (CNY)",
    "知道损害及责任人的日期": "Harm and obligor known on", "经营者有欺诈行为": "Seller fraud",
    "明知缺陷仍销售，造成死亡或严重健康损害": "Knowingly defective, death or serious injury",
    "食品不符合食品安全标准": "Food below safety standards", "假药、劣药": "Fake or substandard drug",
    "经营者明知食品/药品不安全": "Seller knew it was unsafe", "仅为不影响安全且不误导的标签瑕疵": "Harmless label flaw only",
    "委托人已要求平台提供卖家信息": "Client asked the platform for the seller's details",
    "平台提供的卖家真实名称、地址和有效联系方式": "Seller's real name, address and contact provided",
    "卖家已不在该平台经营": "Seller has left the platform",
    "平台能证明最近一次核验时信息真实有效": "Platform can prove the data were valid when last verified",
    "平台作出了高于法律要求的承诺（先行赔付、假一赔十等）": "Platform promised more than the law requires",
    "承诺原文": "Promise, verbatim", "承诺比法律规定更有利于消费者": "More favourable than the law",
    "平台已经履行了承诺": "Platform has honoured it", "平台收到过投诉或通知": "Platform received a complaint or notice",
    "通知日期": "Notice date", "通知内容完整（身份与联系方式、定位信息、初步证据）": "Notice complete (identity, location, evidence)",
    "平台已将通知转送卖家/用户": "Forwarded to the seller / user", "平台采取的措施": "Measures taken",
    "采取措施的日期": "Measures date", "表明平台应当知道的事实": "Facts showing it should have known",
    "平台对食品经营者进行了实名登记": "Seller's real name registered", "平台审查了食品经营许可证": "Food licence reviewed",
    "平台发现了严重违法行为": "Serious violation found", "平台随后停止提供平台服务": "Service then stopped",
    "平台审核了经营者的资质资格": "Seller qualifications reviewed",
    "平台未尽到对消费者的安全保障义务": "Safety duty to consumers breached",
    "律师备注（原样印入意见书）": "Lawyer's notes (printed as written)",
    "当事人与平台": "Parties and platform", "交易": "Transaction", "损害": "Harm", "卖家身份": "Seller identity",
    "通知与知情": "Notice and knowledge",
}

# The "why" texts name articles: English paraphrases keep the article numbers exactly.
ENGLISH.update({
    "委托人的身份决定适用哪些责任依据：消费者依《消费者权益保护法》第四十四条、《电子商务法》第三十八条；权利人依《民法典》第一千一百九十五条、第一千一百九十七条。平台自营的，依《消费者权益保护法》第四十条、《电子商务法》第三十七条第二款作为销售者承担责任；免除平台责任的格式条款依《消费者权益保护法》第二十六条无效。":
        "The client's role decides the grounds: a consumer relies on Consumer Protection Law art. 44 and "
        "E-Commerce Law art. 38; a rights holder on Civil Code arts. 1195 and 1197. A self-operating platform "
        "answers as the seller (Consumer Protection Law art. 40, E-Commerce Law art. 37(2)); a standard term "
        "excluding its liability is void (Consumer Protection Law art. 26).",
    "交易或侵权行为的日期决定适用哪一部法律：2014年3月15日起适用修正后的《消费者权益保护法》，2019年1月1日起适用《电子商务法》，2021年1月1日起适用《民法典》；侵权内容持续到2021年以后的，依最高人民法院关于《民法典》时间效力的规定第一条适用民法典。关系生命健康的商品适用《电子商务法》第三十八条第二款。":
        "The date picks the law: the amended Consumer Protection Law from 2014-03-15, the E-Commerce Law from "
        "2019-01-01, the Civil Code from 2021-01-01; content still online after 2020 falls under the Civil Code "
        "(SPC provisions on the Civil Code's temporal effect, art. 1). Life-and-health goods: E-Commerce Law "
        "art. 38(2).",
    "损失决定赔偿数额；欺诈适用《消费者权益保护法》第五十五条第一款，明知缺陷造成严重损害适用第五十五条第二款，不符合食品安全标准的食品适用《食品安全法》第一百四十八条第二款，假药、劣药适用《药品管理法》第一百四十四条第三款。知道损害的日期决定诉讼时效的起算（《民法典》第一百八十八条）。":
        "The loss sets the compensation; fraud: Consumer Protection Law art. 55(1); known defects causing serious "
        "harm: art. 55(2); unsafe food: Food Safety Law art. 148(2); fake or substandard drugs: Drug "
        "Administration Law art. 144(3). The date the harm became known starts the limitation period (Civil "
        "Code art. 188).",
    "《消费者权益保护法》第四十四条第一款：平台不能提供销售者的真实名称、地址和有效联系方式的，消费者可以要求平台赔偿；《电子商务法》第二十七条要求平台核验、登记并定期核验经营者身份信息。权利人起诉直接侵权人同样需要这些信息。":
        "Consumer Protection Law art. 44(1): a platform that cannot give the seller's real name, address and "
        "valid contact must compensate the consumer; E-Commerce Law art. 27 requires it to verify, register and "
        "re-verify sellers. A rights holder suing the infringer needs the same details.",
    "《消费者权益保护法》第四十四条第一款：平台作出更有利于消费者的承诺的，应当履行承诺。":
        "Consumer Protection Law art. 44(1): a platform that promised more favourable terms must keep its promise.",
    "平台知道或者应当知道侵权而未采取必要措施的，承担连带责任：消费者依《消费者权益保护法》第四十四条第二款、《电子商务法》第三十八条第一款；权利人依《民法典》第一千一百九十五条（通知与删除）、第一千一百九十七条，2021年以前为《侵权责任法》第三十六条。":
        "A platform that knew or should have known and took no necessary measures is jointly liable: for "
        "consumers Consumer Protection Law art. 44(2) and E-Commerce Law art. 38(1); for rights holders Civil "
        "Code arts. 1195 (notice and takedown) and 1197, before 2021 Tort Liability Law art. 36.",
    "《食品安全法》第一百三十一条第一款：网络食品交易第三方平台未对入网食品经营者实名登记、审查许可证，或者发现严重违法行为未停止提供服务的，与食品经营者承担连带责任。":
        "Food Safety Law art. 131(1): a food trading platform that did not register the seller's real name or "
        "review its licence, or did not stop serving it after finding a serious violation, is jointly liable.",
    "《电子商务法》第三十八条第二款：对关系消费者生命健康的商品或者服务，平台对经营者资质资格未尽到审核义务，或者对消费者未尽到安全保障义务，造成消费者损害的，依法承担相应的责任。":
        "E-Commerce Law art. 38(2): for goods or services bearing on life and health, a platform that failed to "
        "review the seller's qualifications or breached its safety duty bears corresponding liability for the "
        "harm.",
    "结果栏是依据已回答事实作出的评估；尚不清楚的事实以链接列出，点击即可回到提问的页面。备注原样印入法律意见书。":
        "The result panel assesses the facts answered so far; unknown facts are links back to the page that "
        "asks them. The notes are printed in the letter as written.",
})

# wizard issue #11: unanswered questions, undo, history, step list, dates, interruptions, review page
ENGLISH.update({
    "案件历史": "Case history",
    "时间": "When", "此后改动的问题": "Questions changed since", "无改动": "No changes",
    "尚无历史版本：出具（预览）意见书时会保存一个版本。": "No history yet: a version is saved with each letter produced.",
    "恢复此版本(&V)": "Restore this &version", "案件历史(&Y)…": "Histor&y…", "撤销": "Undo", "重做": "Redo",
    "（未命名）": "(untitled)",
    "有必填项未填写（%1），结果栏显示上一次的评估。":
        "A required answer is missing (%1); the panel shows the last evaluation.",
    "见页面上的红字": "see the red text on the page", "以上都没有": "None of these", "（未回答）": "(not answered)",
    "如 2023-05-20，只知年月写 2023-05": "e.g. 2023-05-20, or 2023-05 if only the month is known",
    "如 2023-05-20": "e.g. 2023-05-20", "日历": "Calendar", "精确到日": "Exact day", "只知年月": "Month only",
    "日期精度：日/月": "Date precision: day/month",
    "日期看不懂，请写成 2023-05-20 或 2023-05": "Unreadable date; write 2023-05-20 or 2023-05",
    "填写了通知日期，但“平台收到过投诉或通知”未选“是”，请核对。":
        "A notice date is given but 'complaint or notice received' is not Yes; please check.",
    "请填写案件名称": "Please enter the case name",
    "请填写交易日期（只知年月也可以，如 2023-05）": "Please enter the transaction date (the month alone will do, e.g. 2023-05)",
    "请选择类别": "Please choose a category", "请选择委托人身份": "Please choose the client's role",
    "本页还有 %n 个问题未回答": "%n question(s) on this page not answered yet",
    "本页问题均已回答": "Every question on this page is answered",
    "书面催告（含通过平台客服主张）": "Written demand (also through the platform's customer service)",
    "投诉（12315、消协、监管部门）": "Complaint (12315, consumer association, regulator)", "调解": "Mediation",
    "起诉": "Lawsuit", "对方同意履行": "The other side agreed to pay", "卖家（直接侵权人）": "Seller (direct infringer)",
    "日期": "Date", "方式": "Kind", "针对": "Against", "程序终结日": "Procedure ended",
    "添加中断事由": "Add an interruption", "删除选中的一行": "Remove the selected row", "未终结可留空": "empty if not ended",
    "每一行都要写明日期（到日），如 2025-04-01": "Every row needs a date (to the day), e.g. 2025-04-01",
    "程序终结日看不懂，请写成 2025-06-30": "Unreadable end date; write 2025-06-30",
    "只有投诉、调解和起诉有程序终结日": "Only a complaint, mediation or lawsuit has an end date",
    "程序终结日早于该事由的日期，请核对": "The end date is before the date of the act; please check",
    "金额不能为负数": "Amounts cannot be negative",
    "平台自己": "The platform itself", "店铺（卖家）": "The shop (seller)",
    "平台公布的、要求商家执行的赔付标准": "A compensation standard the platform publishes for its sellers",
    "客服的答复": "A customer-service reply", "平台公布的规则": "A published platform rule",
    "保障计划（如“假一赔十”服务）": "A protection plan (e.g. 'ten times for a fake')",
    "商标权": "Trademark", "著作权": "Copyright", "专利权": "Patent",
    "货款由平台以自己的名义收取（收款方为平台）": "The platform collected the price in its own name (payee)",
    "直播间运营者已明确表明自己不是卖家，并说明了卖家是谁":
        "The live-stream room operator made clear it was not the seller and named the seller",
    "直播间运营者知道或应当知道商品不安全": "The room operator knew or should have known the goods were unsafe",
    "免责条款原文": "The exclusion clause, verbatim",
    "受侵害的知识产权": "Intellectual property right infringed",
    "其中在投诉或通知平台之后才发生的损失（元）": "Of which loss arising after the complaint or notice (CNY)",
    "知道受损害以及谁应负责的日期": "Date the client knew of the harm and who was responsible",
    "问题只是标签小错，既不影响安全也不会误导": "Only a small label flaw that neither harms safety nor misleads",
    "诉讼时效期间为三年，自知道权利受到损害以及义务人之日起计算（《民法典》第一百八十八条）；权利人向义务人提出履行请求、义务人同意履行、提起诉讼或者申请仲裁、调解等，诉讼时效中断，从中断、有关程序终结时起重新计算（《民法典》第一百九十五条）。":
        "The limitation period is three years from when the client knew of the harm and the obligor (Civil Code "
        "art. 188); a demand, the obligor's agreement to perform, a lawsuit, arbitration or mediation interrupts "
        "it, and it runs anew from the interruption or the end of the procedure (art. 195).",
    "复核": "Review",
    "逐项核对已填写的答案，点“修改”回到提问处；尚未回答的问题可点击补充。备注原样印入法律意见书。":
        "Check every answer; 'Change' goes back to the question, and open questions are links. The notes are "
        "printed in the letter as written.",
    "购买时已知道是假货、次品或不安全": "When buying, the client knew the goods were fake, defective or unsafe",
    "其中合理生活消费数量的价款（元）": "Of which the price of a reasonable household quantity (CNY)",
    "造成死亡或健康严重损害": "Caused death or serious damage to health", "承诺是谁作出的": "Who made the promise",
    "承诺的形式": "Form of the promise", "承诺赔付的金额（元）": "Promised amount (CNY)",
    "或承诺按价款的几倍赔付（假一赔五填 5）": "Or the promised multiple of the price (5 for 'five times for a fake')",
    "投诉之后卖家仍未履行（不发货、拒绝退款等）": "After the complaint the seller still did not perform (no delivery, no refund)",
    "纠纷未了结时平台让卖家退出（或退还保证金、放款）":
        "While the dispute was pending the platform let the seller leave (or released its deposit or funds)",
    "诉讼时效中断事由": "Acts interrupting limitation",
    "卖家（销售者）": "Seller", "生产者": "Producer", "直播间运营者": "Live-stream room operator",
    "直接侵权人": "Direct infringer", "尚无法评估：有必填项未填写": "Cannot be evaluated: a required answer is missing",
    "若尚缺的事实最终无法证明：": "If the open facts stay unproven: ", "还可以向谁主张": "Others the client can claim against",
    "所有问题均已回答。": "Every question is answered.", "尚有 %1 个问题未回答": "%1 question(s) not answered yet",
    "%1 项": "%1 item(s)", "无": "None", "损失赔偿": "Compensation", "惩罚性赔偿": "Punitive damages",
    "扩大部分": "Expanded loss", "平台承诺的赔付": "Promised by the platform",
    "诉讼时效届满日尚无法计算": "The limitation deadline cannot be computed yet",
    "诉讼时效最早可能于%1届满": "Limitation may expire as early as %1", "诉讼时效届满日：%1": "Limitation expires on %1",
    "%1只知道到月（%2）：%3的结论取决于具体哪一天，请补充具体日期。":
        "%1 is known only to the month (%2): the %3 conclusion turns on the exact day; please ask for it.",
    "请核对：": "Please check: ", "修改": "Change", "（%1 未答）": " (%1 open)", "第 %1 步，共 %2 步": "Step %1 of %2",
    "，但诉讼时效可能已于%1届满": ", but limitation may have expired on %1",
    "，诉讼时效将于 %1 日后届满": ", limitation expires in %1 day(s)",
    "（法律分析以中文显示）": "The legal analysis below is in Chinese, as is the opinion letter.",
    "回收站是空的。": "The trash is empty.", "没有找到与“%1”相符的案件。": "No case matches \u201c%1\u201d.",
    "没有这一结论的案件。": "No case has this conclusion.",
    "已打印到文件 %1": "Printed to %1", "已发送到打印机 %1": "Sent to printer %1", "打印失败：%1": "Printing failed: %1",
    "正在发送到打印机…": "Sending to the printer…", "正在打印…": "Printing…", "取消": "Cancel",
    "打印已取消": "Printing cancelled", "适合宽度": "Fit width", "缩放(&Z)：": "&Zoom:", "页码(&G)：": "Pa&ge:",
    "选了“完整提供”，但“当事人与平台”页的卖家名称、地址、联系方式都是空的，请核对。":
        "'Provided in full' is chosen, but the seller's name, address and contact on the parties page are "
        "empty; please check.",
    "律所信息": "Firm details",
    # strings from main (Word export, backup restore, firm settings) that had no English yet
    "导出 Word(&W)…": "Export &Word…", "导出可编辑的 Word 文档": "Export an editable Word document",
    "Word 文档 (*.docx)": "Word documents (*.docx)", "正在生成 Word 文档…": "Making the Word document…",
    "无法生成 Word 文档": "Cannot make the Word document", "生成 Word 文档时出错：%1": "The Word document could not be made: %1",
    "从备份恢复(&B)…": "Restore from &backup…", "打开案件数据库": "Open the case database", "案件数据库": "Case database",
    "打开案件 %1": "Open case %1", "律所要求两名律师签署时填写": "Fill in when the firm requires two signing lawyers",
    "邮编(&Z)": "Post&code", "电子邮箱(&M)": "E-&mail", "执业证号(&I)": "L&icence no.",
    "第二承办律师(&S)": "&Second lawyer",
    "第二承办律师执业证号(&X)": "Second lawyer's licence no. (&X)",
    "尚未填写律所信息，是否现在填写？": "The firm's details are not filled in yet. Fill them in now?",
    "还没有案件。按 Ctrl+N 新建一件。": "No cases yet. Press Ctrl+N for a new one.",
})

# case list: deadline and who-changed columns (pinyin sort, refresh; issues #11 and #14)
ENGLISH.update({
    "时效届满": "Limitation expires", "修改人": "Modified by",
    "诉讼时效可能已届满": "The limitation period may have expired",
    "诉讼时效将于 %1 日后届满": "Limitation expires in %1 day(s)",
})

# wizardpolish: per-question help (the texts themselves are in resources/question_help.toml)
ENGLISH.update({
    "这个问题的说明（F1）": "Help on this question (F1)", "例：": "Example: ", "证据：": "Evidence: ",
    "恢复的历史版本": "the restored earlier version",
    "图标来自 Tabler Icons，以 MIT 许可证授权，许可证全文见：": "Icons: Tabler Icons, under the MIT licence; full text: ",
})


# Server search (pgsearch): the case count of a common word on the firm's server is estimated.
ENGLISH.update({
    "约 %n 件案件": "about %n case(s)",
})

# office server issue #14 (servergui): edit conflicts, working while the server is away, 设置 → 案件数据库
ENGLISH.update({
    "案件已被他人修改": "Case changed by someone else", "其他用户": "another user",
    "此案件已由 %1 修改。": "%1 has changed this case.", "此案件已由 %1 于 %2 修改。": "%1 changed this case at %2.",
    "您的修改尚未保存，对方的修改也未被覆盖。无论选择哪一项，两个版本都会保留在“案件历史”中。":
        "Your changes are not saved yet, and theirs were not overwritten. Whichever you choose, both versions "
        "stay in the case history.",
    "问题": "Question", "对方的回答": "Their answer", "我的回答": "My answer",
    "各问题的回答相同": "Every question has the same answer",
    "查看对方的修改(&V)": "&View their changes", "保留我的修改（另存为新版本）(&K)": "&Keep mine (as a new version)",
    "放弃我的修改(&D)": "&Discard mine",
    "每次出具意见书时、以及两人同时修改时保存的版本（最新的在前）：":
        "Versions saved with each letter and when two people changed the case at once (newest first):",
    "%1（修改冲突时保留，未出具意见书）": "%1 (kept on an edit conflict; no letter)",
    "与律所服务器的连接已断开：修改已保存在本机，连接恢复后将自动同步。":
        "Lost the connection to the firm's server: changes are kept on this computer and will be saved "
        "when it is back.",
    "与律所服务器的连接已断开，本次操作未完成；正在等待恢复连接（修改会先保存在本机）。":
        "Lost the connection to the firm's server; this was not done. Waiting for the server (changes are "
        "kept on this computer meanwhile).",
    "已与律所服务器恢复连接，保存在本机的修改已同步。":
        "Connected to the firm's server again; the changes kept on this computer are saved.",
    "案件 %1 在断线期间被永久删除，本机保存的修改已另存为新案件 %2。":
        "Case %1 was deleted for good while the server was away; the changes kept here were saved as new case %2.",
    "本机（默认）(&L)": "This computer (defau&lt)", "律所服务器(&F)": "The &firm's server",
    "留空则使用钥匙串中已存的密码": "leave empty to use the password in the keychain",
    "尽量加密（prefer）": "Encrypt if possible (prefer)", "必须加密（require）": "Always encrypt (require)",
    "加密并核对服务器证书（verify-full）": "Encrypt and check the server certificate (verify-full)",
    "服务器地址(&H)": "&Host", "端口(&P)": "&Port", "数据库名(&D)": "&Database", "用户名(&U)": "&User name",
    "密码(&W)": "Pass&word", "加密(&E)": "&Encryption", "CA 证书文件(&C)": "&CA certificate file",
    "测试连接(&T)": "&Test connection",
    "注意：环境变量 %1 已指定案件数据库，在去掉它之前，这里的设置不生效。":
        "Note: the environment variable %1 names the case database; this setting has no effect until it is removed.",
    "更改在重新连接或下次启动时生效。": "Changes take effect on reconnecting or at the next start.",
    "选择 CA 证书文件": "Choose the CA certificate file",
    "证书 (*.crt *.pem *.cer);;所有文件 (*)": "Certificates (*.crt *.pem *.cer);;All files (*)",
    "请填写服务器地址、数据库名和用户名。": "Please fill in the host, the database and the user name.",
    "正在连接…": "Connecting…", "连接失败：%1": "Connection failed: %1", "无法保存密码": "Cannot store the password",
    "无法把密码存入操作系统的钥匙串（%1）。密码未保存到任何地方；可请 IT 人员改用 .pgpass 文件。":
        "The password could not be stored in the system keychain (%1). It was not stored anywhere; the IT "
        "person can set up a .pgpass file instead.",
    "案件数据库(&D)…": "Case &database…",
    "新的案件数据库设置将在下次启动时生效。": "The new case database setting takes effect at the next start.",
})


# review P11: the preview names implausible answers it prints as they are
ENGLISH.update({
    "⚠ 请先核对以下答案，意见书会照原样写入：%1": "⚠ Please check these answers first; the letter prints them as they are: %1",
})


# issue 13: the main window's opening frame, painted before its list is built
ENGLISH.update({
    "正在打开案件…": "Opening the cases…",
})


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        english = ENGLISH.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in (english.replace("(s)", ""), english.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    lacking = fill(Path(__file__).with_name("liability_wizard_en.ts"))
    for source in lacking:
        print("no English for:", source)
    sys.exit(1 if lacking else 0)
