"""维权途径 — where and how to complain and sue (rules.md, Channels; CRPL:39, CPL-INTERP:20/25/26/31)."""

from __future__ import annotations

from datetime import date

from liability_wizard.core.grounds.context import GroundContext

UNIFIED_12315 = date(2020, 1, 1)  # one national 12315 platform; the 12365 quality hotline merged into it


def consumer_channels(ctx: GroundContext) -> tuple[str, ...]:
    hotline = "向全国12315平台（www.12315.cn）或拨打12315热线投诉举报"
    if ctx.t < UNIFIED_12315:
        hotline += "（交易当时的12365质量投诉热线已并入12315）"
    if ctx.platform_self_operated:  # the platform is the seller: no other seller to name or ask for
        negotiate = f"与{ctx.platform_name}（作为销售者）协商和解，要求退货、退款或赔偿。"
        complain = f"通过{ctx.platform_name}的客服或投诉渠道提出书面请求，并保存记录。"
    else:
        negotiate = f"与{ctx.seller_label}协商和解，要求退货、退款或赔偿。"
        complain = f"通过{ctx.platform_name}的投诉渠道投诉，并要求平台提供销售者的真实名称、地址和有效联系方式。"
    return (
        negotiate,
        complain,
        hotline + "。",
        "请求消费者协会或者依法成立的其他调解组织调解。",
        "与经营者有仲裁协议的，提请仲裁机构仲裁。",
        "向人民法院提起诉讼：以信息网络方式订立、通过其他方式交付的买卖合同，收货地为合同履行地"
        "（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二十条）；因产品质量不合格造成损害的，"
        "产品销售地、被告住所地等法院均有管辖权（同解释第二十六条）；平台以格式条款约定管辖而未合理提示的，"
        "该约定无效（同解释第三十一条）。",
    )


def rights_holder_channels(ctx: GroundContext) -> tuple[str, ...]:
    return (
        f"向{ctx.platform_name}发出书面通知，载明通知人的身份和联系方式、侵权内容的网址或能够定位的信息，"
        "并附构成侵权的初步证据（含权利证明），保存发送和签收记录。",
        "对侵权内容或商品页面进行公证或可信时间戳取证。",
        "向人民法院提起诉讼：信息网络侵权的侵权结果发生地包括被侵权人住所地"
        "（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二十五条）。",
    )


def channels_for(ctx: GroundContext) -> tuple[str, ...]:
    return consumer_channels(ctx) if ctx.consumer else rights_holder_channels(ctx)
