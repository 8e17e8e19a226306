"""Chinese numerals for article and paragraph numbers (第一百三十一条第一款), and dates as letters write them."""

from __future__ import annotations

from datetime import date

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 44 → 四十四, 131 → 一百三十一, 1195 → 一千一百九十五, 105 → 一百零五."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    out, pending_zero = "", False
    for value, unit in _UNITS:
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if pending_zero else "") + _DIGITS[digit] + unit
            pending_zero = False
        elif out:
            pending_zero = True
    if n:
        out += ("零" if pending_zero or (out and out[-1] != "十") else "") + _DIGITS[n]
    return out


def chinese_date(day: date) -> str:
    """2024-05-01 → 2024年5月1日"""
    return f"{day.year}年{day.month}月{day.day}日"
