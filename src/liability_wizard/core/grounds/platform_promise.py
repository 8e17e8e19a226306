"""平台承诺 — a promise more favourable than the law must be honoured.

Applies CRPL:44.1 (作出更有利于消费者的承诺的，应当履行承诺), FSL:131.2 (food) and, for a rule the
platform publishes (价保, 退票须知, compensation standards), CC:577 from 2021-01-01: such rules are
terms of the platform's service contract with the consumer. A merchant's own promise is claimed
from the seller (other parties).
"""

from __future__ import annotations

from liability_wizard.core.evaluation import Finding
from liability_wizard.core.grounds.context import GroundContext, ref

GROUND = "platform_promise"


def promise_author(ctx: GroundContext) -> str | None:
    """``promise.by``; null reads as the platform only for a published rule or a protection plan."""
    promise = ctx.case.promise
    if promise.by is None and promise.kind in ("published_rule", "plan"):
        return "platform"
    return promise.by


def _basis(ctx: GroundContext) -> list[str]:
    basis = ["CRPL:44.1"]
    if ctx.category == "food" and ctx.in_force("FSL"):
        basis.append("FSL:131.2")
    if ctx.case.promise.kind == "published_rule" and ctx.in_force("CC"):
        basis.append("CC:577")
    return basis


def judge(ctx: GroundContext) -> Finding:
    if closed := ctx.consumer_ground_closed(GROUND, "CRPL", intermediary=False):
        return closed
    basis = _basis(ctx)
    promise, name = ctx.case.promise, ctx.platform_name
    by = promise_author(ctx)
    article = "、".join(ref(c) for c in basis)
    evidence = ["平台承诺的页面截图（含网址、时间），或客服作出承诺的书面聊天记录", "委托人要求平台履行承诺的记录及平台的答复"]

    def decide(outcome: str, reasoning: str, missing: list[str] | None = None,
               counterpoints: list[str] | None = None) -> Finding:
        return ctx.finding(GROUND, outcome, basis, reasoning, missing=missing,  # type: ignore[arg-type]
                           counterpoints=counterpoints, evidence=evidence)

    quoted = f"“{promise.text}”" if promise.text else "（承诺原文尚待取得）"
    if promise.made is False:
        return decide("not_liable", f"现有事实未显示{name}作出超出法律规定、更有利于消费者的承诺，本项不构成平台的责任依据"
                                    f"（{article}）。")
    if by == "merchant":
        return decide("not_liable", f"承诺{quoted}系销售者自己作出，并非{name}的承诺；委托人应依该承诺向销售者主张"
                                    f"（见“其他可主张的主体”），不能据{article}要求平台履行。")
    if promise.made is None:
        return decide("uncertain", f"尚不清楚{name}是否作出先行赔付、假一赔十等更有利于消费者的承诺。若有，依{article}，"
                                   "平台应当履行承诺。", ["promise.made"])
    if promise.more_favorable is False:
        return decide("not_liable", f"{name}的承诺{quoted}并未超出法律规定，本身不产生额外责任（{article}）。")
    if promise.performed is True:
        return decide("not_liable", f"{name}已履行其承诺{quoted}，本项请求已经实现（{article}）。")
    if by is None:
        return decide("uncertain", f"承诺{quoted}已经作出，但尚不清楚系{name}作出还是销售者自己作出。平台作出的，依{article}"
                                   "平台应当履行；销售者作出的，应向销售者主张。", ["promise.by"])
    if promise.more_favorable is None:
        return decide("uncertain", f"{name}作出了承诺{quoted}，但尚不清楚其是否比法律规定更有利于消费者。"
                                   f"若是，依{article}，平台应当履行承诺。", ["promise.more_favorable"])
    if promise.performed is None:
        return decide("uncertain", f"{name}作出了更有利于消费者的承诺{quoted}，尚不清楚其是否已经履行。"
                                   f"依{article}，平台应当履行承诺。", ["promise.performed"])
    return decide("liable", _liable_reasoning(ctx, by, quoted, article), counterpoints=_counterpoints(by))


def _liable_reasoning(ctx: GroundContext, by: str, quoted: str, article: str) -> str:
    name, kind = ctx.platform_name, ctx.case.promise.kind
    author = {"platform": f"{name}承诺{quoted}", "platform_standard": f"{name}为平台内经营者公布的赔付标准{quoted}"}[by]
    parts = [f"{author}比法律规定更有利于消费者，而平台至今未予履行。依{article}，网络交易平台提供者作出更有利于消费者的承诺的，"
             "应当履行承诺。"]
    if kind in ("customer_service", None):
        parts.append("客服人员以书面形式作出的承诺同样有效（以聊天记录为证）。")
    if kind == "published_rule" and ctx.in_force("CC"):
        parts.append(f"平台公布的规则是其与消费者之间服务合同的组成部分，不履行的，应依{ref('CC:577')}承担违约责任。")
    parts.append(f"结论：委托人可以要求{name}按承诺承担责任；平台赔偿后，有权向销售者追偿。")
    return "".join(parts)


def _counterpoints(by: str) -> list[str]:
    counter = ["平台可能抗辩承诺附有条件或仅为宣传用语。回应：承诺内容以平台公示或客服书面答复为准，"
               "格式化的限制条件未以显著方式提示的，不得对抗消费者。"]
    if by == "platform_standard":
        counter.append("平台可能抗辩该赔付标准是为平台内经营者设定的，平台不能代经营者承诺（有一审判决持此观点）。"
                       "回应：标准由平台公布并以平台名义向消费者展示，消费者据此信赖平台。")
    return counter
