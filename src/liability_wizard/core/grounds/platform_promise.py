"""平台承诺 — a promise more favourable than the law must be honoured.

Applies CRPL:44.1 (作出更有利于消费者的承诺的，应当履行承诺) and, for food, FSL:131.2.
"""

from __future__ import annotations

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, ref

GROUND = "platform_promise"


def judge(ctx: GroundContext) -> Finding:
    if closed := ctx.consumer_ground_closed(GROUND, "CRPL", intermediary=False):
        return closed
    basis = ["CRPL:44.1"]
    if ctx.category == "food" and ctx.in_force("FSL"):
        basis.append("FSL:131.2")
    promise, name = ctx.case.promise, ctx.platform_name
    article = "、".join(ref(c) for c in basis)
    evidence = ["平台承诺的页面截图（含网址、时间），或客服作出承诺的书面聊天记录", "委托人要求平台履行承诺的记录及平台的答复"]
    if promise.made is False:
        return ctx.finding(GROUND, "not_liable", basis, f"现有事实未显示{name}作出超出法律规定、更有利于消费者的承诺，"
                                                          f"本项不构成平台的责任依据（{article}）。")
    if promise.made is None:
        return ctx.finding(GROUND, "uncertain", basis,
                           f"尚不清楚{name}是否作出先行赔付、假一赔十等更有利于消费者的承诺。若有，依{article}，"
                           "平台应当履行承诺。", missing=["promise.made"], evidence=evidence)
    quoted = f"“{promise.text}”" if promise.text else "（承诺原文尚待取得）"
    if promise.more_favorable is False:
        return ctx.finding(GROUND, "not_liable", basis, f"{name}的承诺{quoted}并未超出法律规定，本身不产生额外责任"
                                                          f"（{article}）。")
    if promise.performed is True:
        return ctx.finding(GROUND, "not_liable", basis, f"{name}已履行其承诺{quoted}，本项请求已经实现（{article}）。")
    if promise.more_favorable is None:
        return ctx.finding(GROUND, "uncertain", basis, f"{name}作出了承诺{quoted}，但尚不清楚其是否比法律规定更有利于消费者。"
                                                          f"若是，依{article}，平台应当履行承诺。",
                           missing=["promise.more_favorable"], evidence=evidence)
    if promise.performed is None:
        return ctx.finding(GROUND, "uncertain", basis, f"{name}作出了更有利于消费者的承诺{quoted}，尚不清楚其是否已经履行。"
                                                          f"依{article}，平台应当履行承诺。",
                           missing=["promise.performed"], evidence=evidence)
    reasoning = (f"{name}承诺{quoted}，该承诺比法律规定更有利于消费者，而平台至今未予履行。依{article}，"
                 f"网络交易平台提供者作出更有利于消费者的承诺的，应当履行承诺；客服人员以书面形式作出的承诺同样有效。"
                 f"结论：委托人可以要求{name}按承诺承担责任；平台赔偿后，有权向销售者追偿。")
    counter = ["平台可能抗辩承诺附有条件或仅为宣传用语。回应：承诺内容以平台公示或客服书面答复为准，"
               "格式化的限制条件未以显著方式提示的，不得对抗消费者。"]
    return ctx.finding(GROUND, "liable", basis, reasoning, counterpoints=counter, evidence=evidence)
