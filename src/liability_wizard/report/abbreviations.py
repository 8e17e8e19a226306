"""释义: each law's full name once, in a table at the start of the letter, then its short name.

A firm's 法律意见书 names 《中华人民共和国消费者权益保护法》 once and writes 《消费者权益保护法》
after; the evaluator's sentences and the catalogue's references use full names, so the letter
replaces them after the table defines them. Short names follow the usual practice of the courts
(the law without 中华人民共和国; an interpretation by the words lawyers use for it).
"""

from __future__ import annotations

from collections.abc import Iterable

from liability_wizard.core.catalogue import load_catalogue

SHORT_NAMES: dict[str, str] = {
    "CC": "《民法典》",
    "CRPL": "《消费者权益保护法》",
    "CRPL1993": "1993年《消费者权益保护法》",
    "CRPL-REG": "《消费者权益保护法实施条例》",
    "ECL": "《电子商务法》",
    "GPCL": "《民法总则》",
    "GPCIVIL": "《民法通则》",
    "TLL": "《侵权责任法》",
    "FSL": "《食品安全法》",
    "DAL": "《药品管理法》",
    "COPYRIGHT": "《著作权法》",
    "PATENT": "《专利法》",
    "ICN-REG": "《信息网络传播权保护条例》",
    "COMPLAINT-REG": "《市场监督管理投诉举报处理暂行办法》",
    "SPC-FOOD": "《食品药品纠纷规定》",
    "SPC-FOODSAFETY1": "《食品安全民事纠纷解释（一）》",
    "SPC-NETCON": "《网络消费纠纷规定（一）》",
    "SPC-PUNITIVE": "《食品药品惩罚性赔偿解释》",
    "SPC-GPCL-LIM": "《民法总则诉讼时效解释》",
    "SPC-LIM": "《诉讼时效规定》",
    "SPC-TM": "《商标民事纠纷解释》",
    "SPC-COPYRIGHT": "《著作权民事纠纷解释》",
    "SPC-PATENT": "《专利纠纷规定》",
    "SPC-CC-TIME": "《民法典时间效力规定》",
    "SPC-NETPERS": "《网络侵害人身权益规定》",
    "SPC-ICN": "《信息网络传播权规定》",
    "CPL-INTERP": "《民事诉讼法解释》",
}


class Abbreviations:
    """The laws a letter names, in order of first appearance, and the replacement of their full names."""

    def __init__(self, texts: Iterable[str]) -> None:
        catalogue = load_catalogue()
        titles = {law.title: code for code, law in catalogue.laws.items() if code in SHORT_NAMES}
        text = "\n".join(texts)
        found = sorted((text.find(title), title) for title in titles if title in text)
        #: (full name, short name), in the order the letter first names them
        self.rows: tuple[tuple[str, str], ...] = tuple((title, SHORT_NAMES[titles[title]]) for _, title in found)
        # Longer titles first: one law's title may contain another's (民法典 in 民法典时间效力规定).
        self._order = sorted(self.rows, key=lambda row: len(row[0]), reverse=True)

    def __call__(self, text: str) -> str:
        for full, short in self._order:
            if full in text:
                text = text.replace(full, short)
        return text
