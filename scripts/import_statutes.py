"""Import ``shared/spec/statutes.md`` into the statute catalogue (``resources/statutes/*.toml``).

    python3 scripts/import_statutes.py [path/to/statutes.md]   (default ../shared/spec/statutes.md)

Run once when the spec changes; the TOML files are the catalogue and are committed. Then run
``scripts/compile_statutes.py``: the program reads the catalogue compiled to ``resources/statutes.json``.
``tests/core/test_catalogue.py`` checks them against the spec character for character.

SPC-TM, SPC-COPYRIGHT and SPC-PATENT give only the day they were adopted (2002年10月12日通过);
an interpretation has no range of its own (rules.md, "Dates"), so that day opens the range.

FSL:62 and FSL:131 read "食品药品监督管理部门" from 2015-10-01 to 2018-12-28 and
"食品安全监督管理部门" from 2018-12-29 (statutes.md, FSL); the spec prints the later
text only, so the earlier version is derived here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "spec" / "statutes.md"
OUT = ROOT / "resources" / "statutes"

FSL_AGENCY_OLD, FSL_AGENCY_NEW = "食品药品监督管理部门", "食品安全监督管理部门"
FSL_2018_AMENDMENT = "2018-12-29"
FSL_CHANGED = {62: 1, 131: 0}  # article -> index of the paragraph naming the agency

LAW_RE = re.compile(r"^## (?P<code>[A-Z0-9-]+) — 《(?P<name>.+)》$")
FORCE_RE = re.compile(r"^In force: (?P<force>.+)\. Kind: (?P<kind>statute|spc)\.$")
ART_RE = re.compile(r"^### (?P<code>[A-Z0-9-]+):(?P<num>\d+) (?P<mark>[✅☑])\s*(?P<title>.*)$")
RANGE_RE = re.compile(r"^(?P<from>\d{4}-\d{2}-\d{2}) (?:至 (?P<until>\d{4}-\d{2}-\d{2})|起)(?P<rest>.*)$")
ADOPTED_RE = re.compile(r"^(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日通过(?P<rest>.*)$")
ITEM_RE = re.compile(r"^（[一二三四五六七八九十]+）")


def toml_str(text: str) -> str:
    if "'''" in text or "\\" in text:
        raise ValueError(f"cannot write as a literal string: {text[:40]}")
    return "'''\n" + text + "'''" if "\n" in text else "'" + text + "'"


def split_paragraphs(body: str) -> list[str]:
    """A line opening with （一）, （二）… is an item of the paragraph before it. A line after one
    ending in "；" continues that paragraph: LawRefBook breaks SPC-COPYRIGHT:27.2 there, and the
    spec keeps the break while the official text has one paragraph (statutes.md, SPC-COPYRIGHT)."""
    paragraphs: list[str] = []
    for line in body.split("\n"):
        if paragraphs and (ITEM_RE.match(line) or paragraphs[-1].endswith("；")):
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
    return paragraphs


def in_force(force: str) -> dict[str, str | None]:
    """``2014-03-15 起（…）``, ``1994-01-01 至 2014-03-14`` or ``2002年10月12日通过（…）``."""
    if r := RANGE_RE.match(force):
        start, until, rest = r["from"], r["until"], r["rest"]
    else:
        a = ADOPTED_RE.match(force)
        assert a, force
        start, until, rest = f"{a['year']}-{int(a['month']):02}-{int(a['day']):02}", None, a["rest"]
    return {"effective_from": start, "effective_until": until, "edition": rest.strip().strip("（）")}


def parse(spec: str) -> list[dict]:
    laws: list[dict] = []
    lines = spec.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if m := LAW_RE.match(line):
            laws.append({"code": m["code"], "name": m["name"], "notes": [], "articles": []})
        elif laws and (m := FORCE_RE.match(line)):
            laws[-1].update(in_force(m["force"]), kind=m["kind"])
        elif laws and (m := ART_RE.match(line)):
            assert lines[i + 2] == "```text", lines[i + 2]
            end = lines.index("```", i + 3)
            text = "\n".join(lines[i + 3:end])
            label, _, body = text.partition(" ")
            laws[-1]["articles"].append({"number": int(m["num"]), "mark": m["mark"],
                                         "title": m["title"], "label": label,
                                         "paragraphs": split_paragraphs(body)})
            i = end
        elif laws and line.strip() and not line.startswith(("#", "|", "**")) and not laws[-1]["articles"]:
            laws[-1]["notes"].append(line.strip())
        i += 1
    return laws


def versions(law: dict, article: dict) -> list[tuple[str, str | None, list[str]]]:
    changed = FSL_CHANGED.get(article["number"]) if law["code"] == "FSL" else None
    if changed is None:
        return [(law["effective_from"], law["effective_until"], article["paragraphs"])]
    old = list(article["paragraphs"])
    assert FSL_AGENCY_NEW in old[changed]
    old[changed] = old[changed].replace(FSL_AGENCY_NEW, FSL_AGENCY_OLD)
    return [(law["effective_from"], "2018-12-28", old),
            (FSL_2018_AMENDMENT, law["effective_until"], article["paragraphs"])]


def render(law: dict) -> str:
    out = [f"# 《{law['name']}》 — statute catalogue, imported from shared/spec/statutes.md",
           f"code = {toml_str(law['code'])}", f"name = {toml_str(law['name'])}",
           f"kind = {toml_str(law['kind'])}", f"effective_from = {law['effective_from']}"]
    if law["effective_until"]:
        out.append(f"effective_until = {law['effective_until']}")
    out.append(f"edition = {toml_str(law['edition'])}")
    out.append(f"notes = [{', '.join(toml_str(n) for n in law['notes'])}]")
    for art in law["articles"]:
        out += ["", "[[articles]]", f"number = {art['number']}", f"label = {toml_str(art['label'])}",
                f"mark = {toml_str(art['mark'])}", f"title = {toml_str(art['title'])}"]
        for start, until, paragraphs in versions(law, art):
            out += ["", "[[articles.versions]]", f"effective_from = {start}"]
            if until:
                out.append(f"effective_until = {until}")
            out.append("paragraphs = [")
            out += [f"  {toml_str(p)}," for p in paragraphs]
            out.append("]")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    spec = Path(argv[0]) if argv else SPEC
    laws = parse(spec.read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for law in laws:
        (OUT / f"{law['code']}.toml").write_text(render(law), encoding="utf-8")
    print(f"{len(laws)} laws, {sum(len(x['articles']) for x in laws)} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
