"""Numbers as the report's language writes them (its catalog says how): 3,2 and 86 % in Finnish.

One rounding rule for every figure the tool shows: half up, as people round by hand.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from yhdyspinta_cli.i18n import local_number, local_percent

NO_VALUE = "–"


def fmt_number(value: float | None, lang: str, digits: int = 1) -> str:
    """A decimal number with `digits` decimals; an en dash when there is none."""
    if value is None:
        return NO_VALUE
    return local_number(f"{half_up(value, digits):f}", lang)


def fmt_level(value: float | None, lang: str) -> str:
    """A level or quantile with the decimals it needs, at most two (3, 2,5 or 2,25 in fi)."""
    if value is None:
        return NO_VALUE
    text = f"{half_up(value, 2):f}".rstrip("0").rstrip(".")
    return local_number(text, lang)


def fmt_percent(value: float | None, lang: str) -> str:
    """A fraction as a whole percent: 86 % (fi, sv) or 86% (en)."""
    if value is None:
        return NO_VALUE
    return local_percent(f"{_half_up(Decimal(repr(value)) * 100, 0):f}", lang)


def fmt_whole_percent(value: int | None, lang: str) -> str:
    """A percent already whole: 25 % in fi and sv, 25% in en."""
    if value is None:
        return NO_VALUE
    return local_percent(str(value), lang)


def half_up(value: float, digits: int) -> Decimal:
    """Rounded as people round by hand (2.25 to 2.3, 62.5 % to 63 %), not half to even."""
    return _half_up(Decimal(repr(value)), digits)


def _half_up(exact: Decimal, digits: int) -> Decimal:
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
