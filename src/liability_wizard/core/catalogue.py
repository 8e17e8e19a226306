"""The statute catalogue: every article the program may cite, with its dated texts.

The law is data (``resources/statutes/*.toml``, one file per law, imported from
``shared/spec/statutes.md``); this module only loads, validates and looks it up. The program reads
the same data compiled to one JSON file (``resources/statutes.json``, see :func:`compiled_catalogue`).
Statutes and regulations (kind ``statute``) are in force inside their range; judicial
interpretations (kind ``spc``) carry their current text as the single version and apply to
every case not yet finally decided (rules.md, "Dates").
"""

# No ``from __future__ import annotations``: the NamedTuple records below would compile their
# annotations (``core/evaluation.py`` says why that is slow).
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from liability_wizard.core.numerals import chinese_numeral
from liability_wizard.paths import resources_dir

LawKind = Literal["statute", "spc"]
TEXT_OF_YEAR_RE = re.compile(r"^(?P<name>.+)(?P<text>（\d{4}年文本）)$")
CITATION_RE = re.compile(r"^(?P<code>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*):(?P<article>\d+)(?:\.(?P<paragraph>\d+))?$")


class CatalogueError(ValueError):
    """The catalogue data or a citation into it is wrong."""


class Citation(NamedTuple):
    """``CODE:article`` or ``CODE:article.paragraph`` (case-format.md, Citations)."""

    code: str
    article: int
    paragraph: int | None = None

    @classmethod
    def parse(cls, text: str) -> "Citation":
        m = CITATION_RE.match(text)
        if not m:
            raise CatalogueError(f"不是有效的法条引用：{text!r}（应为 CODE:条 或 CODE:条.款）")
        paragraph = m["paragraph"]
        return cls(m["code"], int(m["article"]), int(paragraph) if paragraph else None)

    def __str__(self) -> str:
        return f"{self.code}:{self.article}" + (f".{self.paragraph}" if self.paragraph else "")


class ArticleVersion(NamedTuple):
    effective_from: date
    effective_until: date | None
    paragraphs: tuple[str, ...]

    def covers(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_until is None or on <= self.effective_until)


class Article(NamedTuple):
    code: str
    number: int
    label: str  # 第四十四条
    mark: str  # ✅ two sources agree; ☑ one source
    title: str
    versions: tuple[ArticleVersion, ...]

    def version_on(self, on: date) -> ArticleVersion:
        """The text as it read on ``on``; before the first version, the first; after, the last."""
        for version in self.versions:
            if version.covers(on):
                return version
        return self.versions[0] if on < self.versions[0].effective_from else self.versions[-1]


class Law(NamedTuple):
    code: str
    name: str  # 中华人民共和国消费者权益保护法
    kind: LawKind
    effective_from: date
    effective_until: date | None
    edition: str
    notes: tuple[str, ...]
    articles: dict[int, Article]

    @property
    def title(self) -> str:
        """The full name in 《》, as a letter cites it; a title inside the name takes 〈〉
        (《最高人民法院关于适用〈中华人民共和国民法典〉时间效力的若干规定》). A closing （1993年文本）
        says which text of the law is meant and is not part of its title, so it follows the 《》:
        《中华人民共和国消费者权益保护法》（1993年文本）."""
        m = TEXT_OF_YEAR_RE.match(self.name)
        name, text_of_year = (m["name"], m["text"]) if m else (self.name, "")
        return "《" + name.replace("《", "〈").replace("》", "〉") + "》" + text_of_year

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_until is None or on <= self.effective_until)


class QuotedText(NamedTuple):
    """What a citation says on a date: the law, the article, the paragraphs quoted."""

    citation: Citation
    law: Law
    article: Article
    paragraphs: tuple[str, ...]
    in_force: bool

    @property
    def reference(self) -> str:
        """《中华人民共和国消费者权益保护法》第四十四条第一款"""
        para = f"第{chinese_numeral(self.citation.paragraph)}款" if self.citation.paragraph else ""
        return f"{self.law.title}{self.article.label}{para}"

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


class StatuteCatalogue:
    """Every law and article of the catalogue, each checked when read."""

    def __init__(self, laws: Mapping[str, Law]) -> None:
        self.laws = laws

    @classmethod
    def load(cls, folder: Path) -> "StatuteCatalogue":
        """Every law of ``folder`` (the catalogue's source, ``CODE.toml`` each), read and checked now."""
        return cls({code: _law(code, data, f"{code}.toml", _toml_date) for code, data in _toml_laws(folder).items()})

    @classmethod
    def compiled(cls, path: Path) -> "StatuteCatalogue":
        """The catalogue as :func:`compiled_catalogue` wrote it; each law is built and checked the first
        time it is asked for (one evaluation cites a handful of the laws)."""
        return cls(_CompiledLaws(json.loads(path.read_text(encoding="utf-8")), path.name))

    def law(self, code: str) -> Law:
        try:
            return self.laws[code]
        except KeyError:
            raise CatalogueError(f"目录中没有法律代码 {code}") from None

    def article(self, citation: Citation | str) -> Article:
        cite = Citation.parse(citation) if isinstance(citation, str) else citation
        law = self.law(cite.code)
        try:
            article = law.articles[cite.article]
        except KeyError:
            raise CatalogueError(f"目录中没有 {cite.code}:{cite.article}（{law.title}第{cite.article}条）") from None
        if cite.paragraph is not None and not 1 <= cite.paragraph <= len(article.versions[-1].paragraphs):
            raise CatalogueError(f"{cite} 超出该条的款数")
        return article

    def in_force(self, code: str, on: date) -> bool:
        return self.law(code).in_force(on)

    def quote(self, citation: Citation | str, on: date) -> QuotedText:
        """The article (or paragraph) as it read on ``on``."""
        cite = Citation.parse(citation) if isinstance(citation, str) else citation
        article = self.article(cite)
        paragraphs = article.version_on(on).paragraphs
        if cite.paragraph is not None:
            paragraphs = (paragraphs[cite.paragraph - 1],)
        law = self.laws[cite.code]
        return QuotedText(cite, law, article, paragraphs, law.in_force(on))

    def references(self, citations: Iterable[str]) -> str:
        """Several citations as a letter names them, the law once for consecutive articles of it:
        《中华人民共和国食品安全法》第一百三十一条第一款、第六十二条."""
        parts: list[str] = []
        previous = ""
        for citation in citations:
            quoted = self.quote(citation, self.law(Citation.parse(citation).code).effective_from)
            parts.append(quoted.reference.removeprefix(quoted.law.title) if quoted.law.code == previous
                         else quoted.reference)
            previous = quoted.law.code
        return "、".join(parts)

    def check(self, citations: list[str] | tuple[str, ...]) -> None:
        """Raise :class:`CatalogueError` unless every citation resolves."""
        for citation in citations:
            self.article(citation)


def _toml_date(value: object) -> date:
    if not isinstance(value, date):
        raise TypeError(f"expected a TOML date, got {value!r}")
    return value


def _law_from_data(data: dict, day: Callable[[Any], date]) -> Law:
    """A law from its file's data; ``day`` reads a date (a TOML date, or ISO text in the compiled form)."""
    code = data["code"]
    until = data.get("effective_until")
    articles: dict[int, Article] = {}
    for a in data["articles"]:
        versions = tuple(
            ArticleVersion(day(v["effective_from"]),
                           day(v["effective_until"]) if "effective_until" in v else None,
                           tuple(v["paragraphs"]))
            for v in a["versions"]
        )
        if a["label"] != f"第{chinese_numeral(a['number'])}条":
            raise CatalogueError(f"{code}:{a['number']} label {a['label']} does not match its number")
        articles[a["number"]] = Article(code, a["number"], a["label"], a["mark"], a["title"], versions)
    if data["kind"] not in ("statute", "spc"):
        raise CatalogueError(f"{code}: unknown kind {data['kind']!r}")
    return Law(code, data["name"], data["kind"], day(data["effective_from"]),
               day(until) if until is not None else None, data["edition"], tuple(data["notes"]), articles)


def _check_versions(law: Law) -> Law:
    """No overlapping or gapped versions of one article; every version inside its law's range."""
    for art in law.articles.values():
        if not art.versions:
            raise CatalogueError(f"{law.code}:{art.number} has no text")
        first, last = art.versions[0], art.versions[-1]
        if first.effective_from != law.effective_from or last.effective_until != law.effective_until:
            raise CatalogueError(f"{law.code}:{art.number} versions do not span the law's range")
        for before, after in zip(art.versions, art.versions[1:], strict=False):
            if before.effective_until is None or before.effective_until + timedelta(days=1) != (
                after.effective_from
            ):
                raise CatalogueError(f"{law.code}:{art.number} versions overlap or leave a gap")
        for version in art.versions:
            if not version.paragraphs or any(not p for p in version.paragraphs):
                raise CatalogueError(f"{law.code}:{art.number} has an empty paragraph")
    return law


def _law(code: str, data: dict, source: str, day: Callable[[Any], date]) -> Law:
    """The law ``code`` from its data, checked; ``source`` names the file in errors."""
    try:
        law = _law_from_data(data, day)
    except (KeyError, TypeError) as exc:
        raise CatalogueError(f"{source}: {exc}") from exc
    if law.code != code:  # the file name is how a law is found: one file per code
        raise CatalogueError(f"{source}: holds law {law.code}, not {code}")
    return _check_versions(law)


def _toml_laws(folder: Path) -> dict[str, dict[str, Any]]:
    """The data of every ``CODE.toml`` of ``folder``, by code."""
    import tomllib  # only the tests and the compiler read the source; the program reads the JSON

    laws = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            laws[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise CatalogueError(f"{path.name}: {exc}") from exc
    if not laws:
        raise CatalogueError(f"no statutes in {folder}")
    return laws


def compiled_catalogue(folder: Path) -> str:
    """The text of ``resources/statutes.json``: the laws of ``folder``'s TOML files by code, dates as ISO
    text, once every law is checked. ``scripts/compile_statutes.py`` writes it and a test keeps it
    current. The program reads this form because JSON is parsed in C: importing ``tomllib`` and parsing
    the laws an evaluation cites was ~10 ms of ``liability-wizard evaluate``."""
    laws = _toml_laws(folder)
    for code, data in laws.items():
        _law(code, data, f"{code}.toml", _toml_date)
    return json.dumps(laws, ensure_ascii=False, indent=1, default=date.isoformat) + "\n"


class _CompiledLaws(Mapping[str, Law]):
    """The laws of the compiled catalogue by code, each built and checked the first time it is asked for."""

    def __init__(self, data: dict[str, dict[str, Any]], source: str) -> None:
        self._data = data
        self._source = source
        self._built: dict[str, Law] = {}

    def __getitem__(self, code: str) -> Law:
        law = self._built.get(code)
        if law is None:
            law = self._built[code] = _law(code, self._data[code], self._source, date.fromisoformat)
        return law

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


@cache
def load_catalogue() -> StatuteCatalogue:
    """The program's catalogue, loaded once per process from its compiled form (the tests check every
    law, and that the compiled form is the TOML files')."""
    return StatuteCatalogue.compiled(resources_dir() / "statutes.json")
