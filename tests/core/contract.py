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

#: rules.md, "Changes in v3" item 10: the catalogue after v3.
CATALOGUE_LAWS = 27
CATALOGUE_ARTICLES = 150

#: rules.md, "Dates: which law governs": the statutes' ranges (code, in force from, until).
STATUTE_RANGES = [
    ("CRPL", "2014-03-15", None),
    ("ECL", "2019-01-01", None),
    ("FSL", "2015-10-01", None),
    ("CC", "2021-01-01", None),
    ("TLL", "2010-07-01", "2020-12-31"),
    ("CRPL-REG", "2024-07-01", None),
    ("DAL", "2019-12-01", None),
    ("CRPL1993", "1994-01-01", "2014-03-14"),
    ("GPCIVIL", "1987-01-01", "2020-12-31"),
    ("GPCL", "2017-10-01", "2020-12-31"),
]
