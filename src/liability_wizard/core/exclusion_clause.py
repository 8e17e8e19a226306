"""格式条款免责 — a user-agreement term that excludes or limits the platform's liability.

Void where it unfairly excludes the consumer's rights or the platform's liability (CRPL:26,
SPC-NETCON:1; CC:497 from 2021); from 2021 not part of the contract unless brought to the consumer's
attention (CC:496). The rebuttal is conditional: the clause's text decides.
"""

from __future__ import annotations

from liability_wizard.core.evaluation import ExclusionClauseRebuttal
from liability_wizard.core.grounds.context import GroundContext, refs

BASIS = ("CRPL:26", "SPC-NETCON:1")
CIVIL_CODE_BASIS = ("CC:496", "CC:497")


def rebut_exclusion_clause(ctx: GroundContext) -> ExclusionClauseRebuttal | None:
    platform = ctx.case.platform
    if not (ctx.consumer and platform.exclusion_clause is True and ctx.in_force("CRPL")):
        return None
    civil_code = ctx.in_force("CC")
    basis = BASIS + CIVIL_CODE_BASIS if civil_code else BASIS
    text = platform.exclusion_clause_text
    missing = ("platform.exclusion_clause_text",) if not text else ()  # spaces count as given (not trimmed)
    name = ctx.platform_name
    unfair = refs(["CRPL:26", "SPC-NETCON:1", "CC:497"] if civil_code else list(BASIS))
    parts = [f"{name}援引其用户协议中的格式条款主张免除或限制责任。"]
    parts.append(f"该条款原文为：“{text}”。" if text else "该条款的原文尚未取得，应向平台调取其用户协议的相应版本。")
    parts.append(f"如该条款不合理地排除或者限制消费者的权利、减轻或者免除平台的责任，依{unfair}，其内容无效。")
    if civil_code:
        parts.append(f"此外，平台未以合理方式提示消费者注意该条款、或未按要求予以说明的，依{refs(['CC:496'])}，"
                     "消费者可以主张该条款不成为合同的内容。")
    parts.append("是否构成上述情形，取决于条款的具体内容及平台的提示方式。")
    return ExclusionClauseRebuttal(basis, "".join(parts), missing)
