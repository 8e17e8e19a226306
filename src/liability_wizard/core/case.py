"""The case file (``*.lwcase``): the facts of one consultation, as case-format.md defines them.

Every yes/no fact is tri-state: ``True``, ``False`` or ``None`` (尚不清楚). A case is invalid
only when its schema is broken (wrong type, unknown key or enum value, impossible date,
negative or non-finite amount, blank title, wrong format/version, a malformed interruption or
date precision); implausible facts are accepted as they are. Reading then writing a file loses
nothing: the keys a file held are remembered and written back, no more — an absent key (not
asked yet) stays absent and a ``null`` (不清楚) stays ``null``, objects and lists included.
"""

from __future__ import annotations

import errno
import json
import math
import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from liability_wizard.core.case_json import ROOT_FIELD, CaseJsonError, excerpt, field_path, load_case_json
from liability_wizard.core.strict_model import ModelError, StrictModel, before, default_factory, min_length

FORMAT = "liability-wizard-case"
VERSION = 3  # versions 1 and 2 (contract v2.x) are read exactly as version 3 files without the v3 keys
FILE_SUFFIX = ".lwcase"

ClientRole = Literal["consumer", "rights_holder"]
Category = Literal["goods", "food", "drug", "service", "content"]
HarmKind = Literal["property", "personal_injury", "ip", "reputation", "other"]
Provided = Literal["full", "partial", "none", "false"]
Measures = Literal["none", "timely", "late", "insufficient"]
Indicator = Literal["repeated_complaints", "obvious_infringement", "platform_promoted",
                    "platform_edited", "abnormal_price", "prior_penalty", "regulator_notice"]
PromiseBy = Literal["platform", "merchant", "platform_standard"]
PromiseKind = Literal["customer_service", "published_rule", "plan"]
IpRight = Literal["trademark", "copyright", "patent"]
InterruptionKind = Literal["demand", "complaint", "mediation", "lawsuit", "acknowledgement"]
InterruptionAgainst = Literal["platform", "seller"]
Precision = Literal["day", "month"]
DatePath = Literal["transaction.date", "transaction.continued_until", "harm.discovered_date",
                   "knowledge.notice_date", "knowledge.measures_date"]
#: The five date paths ``date_precision`` may name, in the contract's order.
DATE_PATHS: tuple[DatePath, ...] = ("transaction.date", "transaction.continued_until", "harm.discovered_date",
                                    "knowledge.notice_date", "knowledge.measures_date")
#: Procedures that end on a later day; the new limitation period runs from that ``ended`` day.
PROCEDURES = frozenset({"lawsuit", "mediation", "complaint"})

_BLANK_EXTRA = "\u200b\ufeff"


def is_blank(text: str | None) -> bool:
    """Empty in the contract's sense: only characters ``str.isspace`` accepts, U+200B and U+FEFF."""
    return text is None or all(ch.isspace() or ch in _BLANK_EXTRA for ch in text)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: Any) -> Any:
    """Only ``YYYY-MM-DD`` strings naming a real calendar day (no timestamps, no other forms)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise ValueError("date_format")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError("date_calendar") from None


def _format_version(value: Any) -> Any:
    """``version`` is the JSON integer 1, 2 or 3: not ``true``, not ``3.0``."""
    if type(value) is not int:
        raise ValueError("version_type")
    return value


def _title(value: Any) -> Any:
    if isinstance(value, str) and is_blank(value):
        raise ValueError("title_blank")
    return value


def _amount(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("amount_type")
    if not math.isfinite(value):
        raise ValueError("amount_finite")
    if value < 0:
        raise ValueError("amount_negative")
    return value  # an integer stays an integer, so that a file is written back as it was read


CaseDate = Annotated[date, before(_iso_date, {"type": "string", "format": "date", "pattern": _ISO_DATE.pattern})]
Amount = Annotated[int | float, before(_amount, {"type": "number", "minimum": 0})]


class _Part(StrictModel):
    pass


class Client(_Part):
    name: str | None = None
    contact: str | None = None


class Platform(_Part):
    name: str | None = None
    self_operated: bool | None = None
    self_operated_label: bool | None = None
    live_streaming: bool | None = None
    food_delivery: bool | None = None
    exclusion_clause: bool | None = None
    exclusion_clause_text: str | None = None
    collected_payment: bool | None = None


class Seller(_Part):
    name: str | None = None
    address: str | None = None
    contact: str | None = None


class Transaction(_Part):
    date: CaseDate
    continued_until: CaseDate | None = None
    subject: str | None = None
    category: Category
    price: Amount | None = None
    life_health: bool | None = None
    reasonable_quantity_price: Amount | None = None


class Harm(_Part):
    kinds: list[HarmKind] = default_factory(list)
    loss: Amount | None = None
    loss_after_notice: Amount | None = None
    discovered_date: CaseDate | None = None
    seller_fraud: bool | None = None
    knowingly_defective: bool | None = None
    unsafe_food: bool | None = None
    fake_or_substandard_drug: bool | None = None
    seller_knew_unsafe: bool | None = None
    label_defect_only: bool | None = None
    serious_injury: bool | None = None
    bought_knowing_defect: bool | None = None
    ip_right: IpRight | None = None


class SellerIdentification(_Part):
    """真实名称、地址和有效联系方式 — what the platform could tell about the seller."""

    requested: bool | None = None
    provided: Provided | None = None
    seller_left_platform: bool | None = None
    valid_when_registered: bool | None = None


class PlatformPromise(_Part):
    made: bool | None = None
    text: str | None = None
    more_favorable: bool | None = None
    performed: bool | None = None
    by: PromiseBy | None = None
    kind: PromiseKind | None = None
    amount: Amount | None = None
    multiple: Amount | None = None


class Knowledge(_Part):
    notice_received: bool | None = None
    notice_date: CaseDate | None = None
    notice_complete: bool | None = None
    forwarded: bool | None = None
    measures: Measures | None = None
    measures_date: CaseDate | None = None
    indicators: list[Indicator] = default_factory(list)
    breach_continuing: bool | None = None
    seller_exit_allowed: bool | None = None


class FoodPlatformFacts(_Part):
    real_name_registered: bool | None = None
    license_reviewed: bool | None = None
    serious_violation_known: bool | None = None
    service_stopped: bool | None = None


class LiveStreamFacts(_Part):
    """The live-stream room operator (SPC-NETCON:11, 12, 17); read only when the sale was live-streamed."""

    operator_disclosed_not_seller: bool | None = None
    operator_knew_unsafe: bool | None = None


class Interruption(_Part):
    """An act that interrupts the limitation period (CC:195): a demand, complaint, mediation, lawsuit or
    acknowledgement, against the platform or the seller; a procedure may end on a later day."""

    date: CaseDate
    kind: InterruptionKind
    against: InterruptionAgainst
    ended: CaseDate | None = None

    def _after_validation(self) -> None:
        if self.ended is not None:
            if self.kind not in PROCEDURES:
                raise ValueError("ended_not_procedure")
            if self.ended < self.date:
                raise ValueError("ended_before_date")


class LimitationFacts(_Part):
    interruptions: list[Interruption] = default_factory(list)


#: The keys contract v3 added; a version-1/2 case that gains one is written as version 3.
V3_KEYS: dict[str, tuple[str, ...]] = {
    "platform": ("exclusion_clause_text", "collected_payment"),
    "transaction": ("reasonable_quantity_price",),
    "harm": ("serious_injury", "bought_knowing_defect", "ip_right"),
    "promise": ("by", "kind", "amount", "multiple"),
    "knowledge": ("breach_continuing", "seller_exit_allowed"),
    "": ("live_stream", "limitation", "date_precision"),
}
#: Objects, lists and maps a file may write as ``null`` for "absent" (read as empty, written back as null).
_NULLABLE_CONTAINERS: dict[str, tuple[str, ...]] = {
    "": ("client", "platform", "seller", "harm", "identification", "promise", "knowledge", "food",
         "live_stream", "limitation", "date_precision"),
    "harm": ("kinds",),
    "knowledge": ("indicators",),
    "limitation": ("interruptions",),
}


def _key_order(value: Any) -> Any:
    """The order of the keys of every object in a parsed file, nested like the file."""
    # Scalars are tested here rather than by a call each: a case holds ~60 values and few containers.
    if isinstance(value, dict):
        return {key: _key_order(item) if isinstance(item, dict | list) else None for key, item in value.items()}
    if isinstance(value, list):
        return [_key_order(item) if isinstance(item, dict | list) else None for item in value]
    return None


def _in_order(value: Any, order: Any) -> Any:
    """``value`` with its keys in the order the file had them (keys the file lacked come last)."""
    if isinstance(value, dict):
        known = order if isinstance(order, dict) else {}
        keys = [k for k in known if k in value] + [k for k in value if k not in known]
        return {k: _in_order(value[k], known.get(k)) for k in keys}
    if isinstance(value, list):
        orders = order if isinstance(order, list) else []
        return [_in_order(item, orders[i] if i < len(orders) else None) for i, item in enumerate(value)]
    return value


def _null_containers(data: Any) -> tuple[Any, frozenset[str]]:
    """Replace ``null`` objects and lists by empty ones; return the paths that were null."""
    if not isinstance(data, dict):
        return data, frozenset()
    data, nulls = dict(data), set()
    for parent, keys in _NULLABLE_CONTAINERS.items():
        holder = data if not parent else data.get(parent)
        if not isinstance(holder, dict):
            continue
        if parent:
            holder = data[parent] = dict(holder)
        for key in keys:
            if key in holder and holder[key] is None:
                holder[key] = [] if key in ("kinds", "indicators", "interruptions") else {}
                nulls.add(f"{parent}.{key}" if parent else key)
    return data, frozenset(nulls)


class Case(_Part):
    """One consultation's facts. Absent keys read as null, [] or "" (case-format.md)."""

    format: Literal["liability-wizard-case"]
    version: Annotated[Literal[1, 2, 3], before(_format_version)]
    title: Annotated[str, min_length(1), before(_title)]
    reference: str | None = None
    client_role: ClientRole
    client: Client = default_factory(Client)
    platform: Platform = default_factory(Platform)
    seller: Seller = default_factory(Seller)
    transaction: Transaction
    harm: Harm = default_factory(Harm)
    identification: SellerIdentification = default_factory(SellerIdentification)
    promise: PlatformPromise = default_factory(PlatformPromise)
    knowledge: Knowledge = default_factory(Knowledge)
    food: FoodPlatformFacts = default_factory(FoodPlatformFacts)
    qualification_review: bool | None = None
    safety_duty_breached: bool | None = None
    live_stream: LiveStreamFacts = default_factory(LiveStreamFacts)
    limitation: LimitationFacts = default_factory(LimitationFacts)
    date_precision: dict[DatePath, Precision | None] = default_factory(dict)
    notes: str = ""

    __slots__ = ("_key_order", "_null_paths")
    _private = __slots__

    @classmethod
    def _validate(cls, data: dict[str, Any], loc: tuple[Any, ...], errors: list[dict[str, Any]]) -> Any:
        """Keep what a round trip must give back: containers written as ``null``, and key order."""
        order = _key_order(data)
        data, nulls = _null_containers(data)
        case = super()._validate(data, loc, errors)
        if isinstance(case, Case):
            case._null_paths, case._key_order = nulls, order
        return case

    def _after_validation(self) -> None:
        for path, precision in self.date_precision.items():
            value = self.date_at(path)
            if precision == "month" and value is not None and value.day != 1:
                raise ValueError(f"month_not_first:{path}")

    def date_at(self, path: str) -> date | None:
        """The date at one of the five ``date_precision`` paths."""
        part, key = path.split(".")
        return getattr(getattr(self, part), key)

    def precision(self, path: str) -> Precision:
        return self.date_precision.get(path) or "day"  # type: ignore[call-overload]

    def to_json_dict(self) -> dict[str, Any]:
        """The file's JSON: exactly the keys that were read or set, in contract order; containers a
        file held as ``null`` and that are still empty are written back as ``null``."""
        data = self.model_dump(mode="json", exclude_unset=True)
        for path in self._null_paths:
            parent, _, key = path.rpartition(".")
            holder = data.get(parent) if parent else data
            if isinstance(holder, dict) and holder.get(key) in ({}, []):
                holder[key] = None
        return _in_order(data, self._key_order)

    def has_v3_keys(self) -> bool:
        """Whether the case holds any key contract v3 added (a set key, ``null`` included)."""
        data = self.model_dump(exclude_unset=True)
        for parent, keys in V3_KEYS.items():
            holder = data if not parent else data.get(parent) or {}
            if any(key in holder for key in keys):
                return True
        return False

    def with_current_version(self) -> Case:
        """After an edit: a version-1/2 case that now holds a v3 key is written as version 3."""
        if self.version < VERSION and self.has_v3_keys():
            updated = self.model_copy(update={"version": VERSION})
            updated._null_paths, updated._key_order = self._null_paths, self._key_order
            return updated
        return self

    def to_full_json_dict(self) -> dict[str, Any]:
        """Every key of the contract, absent ones written as null / [] / ""."""
        return self.model_dump(mode="json")


class CaseFormatError(ValueError):
    """A case file that breaks the schema: names the file (if any), the field and why, in Chinese."""

    def __init__(self, problems: list[tuple[str, str]], source: str | None = None) -> None:
        self.problems = problems
        self.source = source
        super().__init__(self.message)

    @property
    def field(self) -> str:
        return self.problems[0][0] if self.problems else ""

    @property
    def message(self) -> str:
        where = f"{self.source}：" if self.source else ""
        if len(self.problems) == 1 and not self.problems[0][0]:  # the file as a whole, not one field
            return where + self.problems[0][1]
        details = "；".join(f"字段 {path or '（根）'}：{why}" for path, why in self.problems)
        return f"{where}不是有效的案件文件 — {details}"


_MESSAGES = {
    "missing": "缺少必填项",
    "extra_forbidden": "未知字段（案件文件格式中没有此项）",
    "bool_type": "应为 true、false 或 null（不清楚）",
    "string_type": "应为文字（字符串）",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "string_too_short": "不能为空",
    "title_blank": "案件名称不能为空或只含空白字符",
    "ended_not_procedure": "只有诉讼、调解和投诉可以填写程序终结日期（ended）",
    "ended_before_date": "程序终结日期（ended）早于该中断事由的日期",
    "date_format": "日期应为 YYYY-MM-DD 格式",
    "date_calendar": "不是真实存在的日期",
    "amount_type": "金额应为数字",
    "version_type": "应为整数 1、2 或 3",
    "amount_finite": "金额必须是有限的数字",
    "amount_negative": "金额不能为负数",
}


def _problem(error: dict[str, Any]) -> tuple[str, str]:
    loc = list(error["loc"])
    kind = error["type"]
    if loc and loc[-1] == "[key]":  # a map key that is not allowed: name the key itself
        return field_path(loc[:-1]), f"不是允许的键（允许：{'、'.join(DATE_PATHS)}）"
    path = field_path(loc)  # an empty key shows as "", a huge one cut short
    if kind == "value_error":
        code = str(error.get("ctx", {}).get("error", ""))
        if code.startswith("month_not_first:"):  # raised on the case; name the date it concerns
            month_path = code.partition(":")[2]
            return month_path, "日期精度为“月”的日期应写作该月的第一日（如 2023-05-01）"
        return path, _MESSAGES.get(code, code)
    if kind == "literal_error":
        expected = str(error.get("ctx", {}).get("expected", "")).replace(" or ", "、")
        if path == "format":
            return path, f"应为 \"{FORMAT}\""
        if path == "version":
            return path, "本程序只读取第 1、2、3 版案件文件"
        return path, f"取值 {excerpt(error.get('input'))} 不在允许范围内（允许：{expected}）"
    return path, _MESSAGES.get(kind, f"取值 {excerpt(error.get('input'))} 无效")


_OS_ERRORS = {errno.ENOENT: "文件不存在", errno.EACCES: "没有读取权限", errno.EPERM: "没有读取权限",
              errno.EISDIR: "这是一个文件夹，不是文件", errno.EIO: "磁盘读取错误"}


def case_from_json_dict(data: Any, source: str | None = None) -> Case:
    """Validate a parsed JSON value as a case; raise :class:`CaseFormatError` naming the field."""
    if not isinstance(data, dict):
        raise CaseFormatError([(ROOT_FIELD, "文件内容应为一个 JSON 对象")], source)
    try:
        return Case.model_validate(data)
    except ModelError as exc:
        raise CaseFormatError([_problem(e) for e in exc.errors], source) from None


def parse_case_text(text: str, source: str | None = None) -> Case:
    try:
        data = load_case_json(text)  # untrusted: duplicate keys, depth, huge numbers, surrogates
    except CaseJsonError as exc:
        raise CaseFormatError(exc.problems, source) from None
    return case_from_json_dict(data, source)


def read_case_file(path: str | Path) -> Case:
    """Read a ``.lwcase`` file; any failure (unreadable, not UTF-8, bad schema) is a CaseFormatError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        why = _OS_ERRORS.get(exc.errno or 0, exc.strerror or str(exc))
        raise CaseFormatError([("", f"无法读取文件（{why}）")], str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CaseFormatError([("", f"文件不是 UTF-8 编码的文本（第 {line} 行，第 {exc.start + 1} 个字节）")],
                              str(path)) from None
    return parse_case_text(text, str(path))


def dump_case(case: Case) -> str:
    return json.dumps(case.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def write_case_file(case: Case, path: str | Path) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    from liability_wizard.private_files import write_file_atomically

    # A private temporary file with an unpredictable name (O_EXCL), removed on failure: no case data
    # is left behind and a planted symlink is never written through.
    write_file_atomically(path, dump_case(case).encode("utf-8"))


def case_json_schema() -> dict[str, Any]:
    """The JSON Schema shipped as ``resources/case.schema.json`` (for other tools; the model is the authority)."""
    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Liability Wizard case file (.lwcase), version {VERSION}"
    return schema


def new_case(title: str, client_role: ClientRole, transaction_date: date, category: Category) -> Case:
    """A case with only the required keys (what a first consultation starts from)."""
    return case_from_json_dict({"format": FORMAT, "version": VERSION, "title": title, "client_role": client_role,
                                "transaction": {"date": transaction_date.isoformat(), "category": category}})
