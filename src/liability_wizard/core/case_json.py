"""Reading a case file's JSON as untrusted input (case files arrive by e-mail).

``json.loads`` alone accepts what the case format forbids and fails in ways no user can act on:
the last of two equal keys silently wins, ``NaN`` and ``Infinity`` pass as numbers, a lone
surrogate (``"\\ud800"``) passes as text and later crashes whatever prints or stores it, an
integer of 5,000 digits raises Python's conversion limit, and nesting 100,000 deep raises
``RecursionError``. :func:`load_case_json` turns each of these into a :class:`CaseJsonError`
whose problems name the field (or the line and column) in Chinese, and :func:`excerpt` keeps
any quoted value short and printable, so a 50 MB value is never echoed back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

#: The case format nests four levels deep (case → knowledge → indicators → item); anything much
#: deeper is not a case, and Python's decoder recurses once per level.
MAX_DEPTH = 32
#: A JSON integer with more digits cannot be an amount (a double holds at most ~309 digits), and
#: Python refuses to convert more than 4,300 digits at all.
MAX_INTEGER_DIGITS = 300
EXCERPT_CHARACTERS = 40

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Characters that must not reach a terminal or a message box raw: C0 and C1 controls (but tab and
# newline), DEL, lone surrogates, and the bidirectional overrides that reorder what is shown.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# Tokens that change the nesting depth, with strings skipped whole (a bracket inside a string is text).
_DEPTH_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)

_JSON_MESSAGES = {
    "Expecting value": "此处应为一个值",
    "Extra data": "JSON 内容之后还有多余的文字",
    "Expecting property name enclosed in double quotes": "此处应为用双引号括起来的字段名",
    "Expecting ',' delimiter": "此处缺少逗号",
    "Expecting ':' delimiter": "此处缺少冒号",
    "Unterminated string starting at": "字符串缺少结束的双引号",
    "Invalid control character at": "字符串中有未转义的控制字符",
    "Invalid \\escape": "无效的转义序列",
    "Invalid \\uXXXX escape": "无效的 \\u 转义序列",
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": "文件开头有多余的 BOM 标记",
}


class CaseJsonError(ValueError):
    """The text is not acceptable JSON for a case file; ``problems`` are ``(field, why)`` pairs,
    field ``""`` meaning the file as a whole."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("；".join(f"{path}：{why}" for path, why in problems))


def printable(text: str) -> str:
    """``text`` with control characters, lone surrogates and bidi overrides written as ``\\uXXXX``."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def excerpt(value: Any) -> str:
    """A value as a message may quote it: at most :data:`EXCERPT_CHARACTERS` characters, printable."""
    if isinstance(value, str):
        if len(value) <= EXCERPT_CHARACTERS:
            return f"“{printable(value)}”"
        return f"“{printable(value[:EXCERPT_CHARACTERS])}…”（共 {len(value)} 个字符）"
    if isinstance(value, dict | list):
        return "对象" if isinstance(value, dict) else "列表"
    text = printable(repr(value))
    return text if len(text) <= EXCERPT_CHARACTERS else text[:EXCERPT_CHARACTERS] + "…"


def field_name(key: Any) -> str:
    """One step of a field path as a message shows it: an empty key is shown as ``""``."""
    if isinstance(key, int):
        return str(key)
    key = str(key)
    if not key:
        return '""'
    return printable(key) if len(key) <= EXCERPT_CHARACTERS else printable(key[:EXCERPT_CHARACTERS]) + "…"


def field_path(keys: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(field_name(k) for k in keys)


class _OversizedInteger:
    """Stands in the parsed data for an integer too long to convert; reported with its path."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


class _NonJsonConstant:
    """Stands in the parsed data for ``NaN``, ``Infinity`` or ``-Infinity``; reported with its path."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class _CaseObject(dict):
    """A JSON object that remembers the keys it held more than once."""

    duplicates: tuple[str, ...] = ()


class _Decoding:
    """The decoder's hooks for one text; ``suspect`` records whether any of them met something
    :func:`_problems` reports (a duplicate key, an oversized integer, NaN or Infinity)."""

    __slots__ = ("suspect",)

    def __init__(self) -> None:
        self.suspect = False

    def object(self, pairs: list[tuple[str, Any]]) -> _CaseObject:
        result = _CaseObject(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated = [k for k, _v in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
            result.duplicates = tuple(dict.fromkeys(repeated))
            self.suspect = True
        return result

    def integer(self, text: str) -> int | _OversizedInteger:
        digits = len(text.lstrip("-"))
        if digits <= MAX_INTEGER_DIGITS:
            return int(text)
        self.suspect = True
        return _OversizedInteger(digits)

    def constant(self, name: str) -> _NonJsonConstant:
        self.suspect = True
        return _NonJsonConstant(name)


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"第 {line} 行第 {column} 列"


def _check_depth(text: str) -> None:
    depth = 0
    for token in _DEPTH_TOKENS.finditer(text):
        kind = token.group()[0]
        if kind in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise CaseJsonError([("", f"不是有效的案件文件（{_position(text, token.start())}：嵌套超过 "
                                          f"{MAX_DEPTH} 层）")])
        elif kind in "]}":
            depth -= 1


def _walk(value: Any) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every value with its path, depth first (iterative: the depth is bounded, but no recursion)."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, dict):
            stack.extend(((*path, k), v) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*path, i), v) for i, v in reversed(list(enumerate(node))))


ROOT_FIELD = "（根）"  # the file's top-level value itself: still a named place, not "somewhere"


def _problems(data: Any) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for keys, node in _walk(data):
        path = keys or (ROOT_FIELD,)
        if isinstance(node, _CaseObject):
            problems += [(field_path((*keys, key)), "出现两次（同一字段只能写一次）") for key in node.duplicates]
            problems += [(field_path(path), f"字段名 {excerpt(key)} 含有无效的 Unicode 字符（孤立的代理项）")
                         for key in node if _SURROGATE.search(key)]
        elif isinstance(node, str) and not node.isascii() and (bad := _SURROGATE.search(node)):
            problems.append((field_path(path), f"含有无效的 Unicode 字符（孤立的代理项 U+{ord(bad.group()):04X}）"))
        elif isinstance(node, _OversizedInteger):
            problems.append((field_path(path), f"数字过大（共 {node.digits} 位）"))
        elif isinstance(node, _NonJsonConstant):
            problems.append((field_path(path), f"{node.name} 不是 JSON 允许的数字"))
    return problems


def load_case_json(text: str) -> Any:
    """Parse a case file's text; raise :class:`CaseJsonError` for anything the case format forbids
    at the JSON level (syntax, depth, duplicate keys, oversized integers, NaN/Infinity, surrogates)."""
    # Each level of nesting opens a bracket: with no more brackets than the limit in the whole text
    # (strings included), no value can be nested deeper, and the text need not be tokenized.
    if text.count("[") + text.count("{") > MAX_DEPTH:
        _check_depth(text)
    decoding = _Decoding()
    try:
        data = json.loads(text, object_pairs_hook=decoding.object, parse_int=decoding.integer,
                          parse_constant=decoding.constant)
    except json.JSONDecodeError as exc:
        why = _JSON_MESSAGES.get(exc.msg, "JSON 语法错误")
        raise CaseJsonError([("", f"不是有效的 JSON（{_position(text, exc.pos)}：{why}）")]) from None
    except RecursionError:  # _check_depth should have caught it; never let it escape as a crash
        raise CaseJsonError([("", f"不是有效的案件文件（嵌套超过 {MAX_DEPTH} 层）")]) from None
    # The walk names every problem with its path; it can only find one if a hook met something or the
    # text holds a surrogate, raw or as an escape from \uD800 to \uDFFF (rarely a false alarm: an escaped
    # backslash before "ud8…"). A valid case skips it.
    if decoding.suspect or _SURROGATE.search(text) or _SURROGATE_ESCAPE.search(text):
        problems = _problems(data)
        if problems:
            raise CaseJsonError(problems)
    return data
