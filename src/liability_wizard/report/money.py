"""Amounts as a Chinese legal document writes them: 1,299.00 元 and 人民币壹仟贰佰玖拾玖元整."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")


def _group_unit(index: int) -> str:
    """The unit of the index-th group of four digits: "", 万, 亿, 万亿, 亿亿, 万亿亿 … (any amount a
    case file may hold must print, however implausible: the format only forbids negative ones)."""
    return ("万" if index % 2 else "") + "亿" * (index // 2)


def _fen(amount: float) -> int:
    """The amount in fen (分), rounded half up as a cashier would. ``to_integral_value`` (unlike
    ``quantize``) has no 28-digit limit, so 1e26 and beyond do not raise."""
    return int(Decimal(str(amount)).scaleb(2).to_integral_value(rounding=ROUND_HALF_UP))


def format_amount(amount: float) -> str:
    """1299 → "1,299.00元" (no space before the unit, as Chinese documents write it; letter review L2)."""
    yuan, fen = divmod(_fen(amount), 100)
    return f"{yuan:,}.{fen:02d}元"


def _group_in_words(group: int) -> str:
    """0–9999 in capital numerals, with 零 for inner gaps (1001 → 壹仟零壹)."""
    out, pending_zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        out += ("零" if pending_zero else "") + _DIGITS[digit] + _SMALL_UNITS[position]
        pending_zero = False
    return out


def _yuan_in_words(yuan: int) -> str:
    groups: list[int] = []
    while yuan:
        yuan, group = divmod(yuan, 10000)
        groups.append(group)
    out, pending_zero = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        # A group below 1000 after a higher group reads with a leading 零 (1,0500 → 壹万零伍佰).
        if out and (pending_zero or group < 1000):
            out += "零"
        out += _group_in_words(group) + _group_unit(index)
        pending_zero = False
    return out


def amount_in_words(amount: float) -> str:
    """1299 → "人民币壹仟贰佰玖拾玖元整"; 0.5 → "人民币伍角整"; 0 → "人民币零元整"."""
    yuan, fen = divmod(_fen(amount), 100)
    jiao, fen = divmod(fen, 10)
    words = _yuan_in_words(yuan) + "元" if yuan else ""
    if not jiao and not fen:
        return "人民币" + (words or "零元") + "整"
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif words:
        words += "零"
    if fen:
        return "人民币" + words + _DIGITS[fen] + "分"
    return "人民币" + words + "整"  # an amount ending in 角 also takes 整 (会计基础工作规范 第五十二条)
