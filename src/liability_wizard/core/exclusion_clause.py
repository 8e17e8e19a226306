"""格式条款免责 — a user-agreement term excluding the platform's liability is void (CRPL:26, SPC-NETCON:1)."""

from __future__ import annotations

from liability_wizard.core.evaluation import ExclusionClauseRebuttal
from liability_wizard.core.grounds.context import GroundContext

BASIS = ("CRPL:26", "SPC-NETCON:1")


def rebut_exclusion_clause(ctx: GroundContext) -> ExclusionClauseRebuttal | None:
    if not (ctx.consumer and ctx.case.platform.exclusion_clause is True and ctx.in_force("CRPL")):
        return None
    name = ctx.platform_name
    return ExclusionClauseRebuttal(BASIS, (
        f"{name}援引的用户协议条款属于格式条款，其内容排除消费者依法享有的权利、免除平台依法应当承担的责任。"
        "依《中华人民共和国消费者权益保护法》第二十六条第二款、第三款及《最高人民法院关于审理网络消费纠纷案件适用法律"
        "若干问题的规定（一）》第一条，该条款内容无效，平台不能据此免除责任。"))
