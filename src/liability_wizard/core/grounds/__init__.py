"""One module per legal ground, each with ``judge(ctx) -> Finding``, in the contract's order."""

from liability_wizard.core.grounds import (
    food_platform_duties,
    knowledge,
    notice_takedown,
    platform_promise,
    qualification_review,
    self_operated,
    seller_identity,
)

GROUND_RULES = (self_operated, seller_identity, platform_promise, knowledge, notice_takedown,
                qualification_review, food_platform_duties)
