"""Facts restated from case-format.md, so the tests check the code against the contract, not itself."""

#: case-format.md, "Liability": what a liable or uncertain finding of each ground gives.
GROUND_LIABILITY = {
    "self_operated": "seller",
    "seller_identity": "advance_compensation",
    "platform_promise": "promise_performance",
    "knowledge": "joint",
    "notice_takedown": "joint_expanded",
    "qualification_review": "corresponding",
    "food_platform_duties": "joint",
}

#: case-format.md, knowledge.indicators.
INDICATORS = [
    "repeated_complaints",
    "obvious_infringement",
    "platform_promoted",
    "platform_edited",
    "abnormal_price",
    "prior_penalty",
    "regulator_notice",
]
