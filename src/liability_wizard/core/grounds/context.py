"""What every ground reads: the case, the catalogue, the law date, and how to word a citation."""

from __future__ import annotations

from datetime import date
from functools import cache

from liability_wizard.core.burden import case_against_bearers
from liability_wizard.core.case import Case
from liability_wizard.core.catalogue import StatuteCatalogue, load_catalogue
from liability_wizard.core.evaluation import Finding, Ground, Outcome, Standard
from liability_wizard.core.numerals import chinese_date

#: The pointer every liable or uncertain consumer finding carries when the platform pleads an
#: exclusion clause; the rebuttal itself, conditional on the clause, is ``exclusion_clause``
#: (rules.md, "Exclusion clauses").
EXCLUSION_POINTER = (
    "平台可能援引其用户协议中的格式条款，主张其不承担或仅承担有限责任。回应：该条款是否有效，"
    "取决于其内容及平台是否尽到提示说明义务，详见“格式条款”部分的分析。"
)


def ref(citation: str) -> str:
    """《中华人民共和国消费者权益保护法》第四十四条第一款 for ``CRPL:44.1``."""
    return refs((citation,))


def refs(citations: list[str] | tuple[str, ...]) -> str:
    """Several citations, the law named once for consecutive articles of it."""
    return _references(tuple(citations))


@cache  # the same few hundred names, asked for thousands of times a second by the evaluator
def _references(citations: tuple[str, ...]) -> str:
    return load_catalogue().references(citations)


class GroundContext:
    __slots__ = ("case", "catalogue", "category", "consumer", "t", "unproven")

    def __init__(self, case: Case, catalogue: StatuteCatalogue, unproven: bool = False) -> None:
        self.case = case
        self.catalogue = catalogue
        #: re-judging for ``if_unproven``: the case's unknown facts are already set against their
        #: bearer, and the judgement steps resolve (rules.md, "Burden of proof")
        self.unproven = unproven
        # Read thousands of times per evaluation: computed once.
        #: transaction.date: the date of the purchase or infringing act
        self.t: date = case.transaction.date
        self.consumer = case.client_role == "consumer"
        self.category: str = case.transaction.category

    @property
    def platform_self_operated(self) -> bool:
        """Only an explicit true switches the intermediary grounds off (rules.md, "Unknown read as not true")."""
        return self.consumer and self.case.platform.self_operated is True

    @property
    def live_streaming(self) -> bool:
        return self.case.platform.live_streaming is True

    @property
    def ip_on_trading_platform(self) -> bool:
        return "ip" in self.case.harm.kinds and self.category != "content"

    @property
    def platform_name(self) -> str:
        return self.case.platform.name or "平台"

    @property
    def seller_label(self) -> str:
        """销售者“某数码专营店”, or just 销售者 when the name is unknown."""
        return f"销售者“{self.case.seller.name}”" if self.case.seller.name else "销售者"

    def in_force(self, code: str, on: date | None = None) -> bool:
        return self.catalogue.in_force(code, self.t if on is None else on)

    def starts(self, code: str) -> date:
        return self.catalogue.law(code).effective_from

    def finding(self, ground: Ground, outcome: Outcome, basis: list[str], reasoning: str, *,
                counterpoints: list[str] | None = None, missing: list[str] | None = None,
                evidence: list[str] | None = None, judged_on: date | None = None,
                standard: Standard | None = None, step: str | None = None) -> Finding:
        counters = list(counterpoints or [])
        if (self.consumer and outcome in ("liable", "uncertain") and self.case.platform.exclusion_clause is True
                and self.in_force("CRPL")):
            counters.append(EXCLUSION_POINTER)
        return Finding(ground, outcome, judged_on or self.t, tuple(basis), reasoning, tuple(counters),
                       tuple(missing or ()), tuple(evidence or ()), standard=standard, step=step)

    def not_applicable(self, ground: Ground, reasoning: str, judged_on: date | None = None) -> Finding:
        return Finding(ground, "not_applicable", judged_on or self.t, (), reasoning)

    def against_bearers(self, *, judging_self_operation: bool = False) -> GroundContext:
        """This context on the case with its unknown facts set against their bearers."""
        case = case_against_bearers(self.case, judging_self_operation=judging_self_operation)
        return GroundContext(case, self.catalogue, unproven=True)

    def consumer_ground_closed(self, ground: Ground, law_code: str, *, intermediary: bool = True) -> Finding | None:
        """``not_applicable`` for a rights holder, a sale before ``law_code`` took effect, or (for the
        intermediary grounds) a platform that sold the item itself; ``None`` when the ground applies."""
        if not self.consumer:
            return self.not_applicable(ground, "本项为消费者的请求权基础；委托人为权利人，不适用。")
        law = self.catalogue.law(law_code)
        if self.t < law.effective_from:
            edition = law.edition.split("；")[0]
            name = f"{law.title}（{edition}）" if edition else law.title
            return self.not_applicable(ground, f"交易发生于{chinese_date(self.t)}，在本项所依据的{name}施行"
                                               f"（{chinese_date(law.effective_from)}）之前，本项不适用。")
        if intermediary and self.platform_self_operated:
            return self.not_applicable(ground, f"{self.platform_name}自营涉案商品，作为销售者直接承担责任"
                                               "（见“平台自营”一项），本项不适用。")
        return None


def context_for(case: Case, catalogue: StatuteCatalogue | None = None) -> GroundContext:
    return GroundContext(case, catalogue or load_catalogue())
