"""Numbers as the report's language writes them: 3,2 and 86 % in Finnish and Swedish."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

BAR_WIDTH = 10
BLOCKS = " ▏▎▍▌▋▊▉█"


def fmt_number(value: float | None, lang: str, digits: int = 1) -> str:
    """A decimal number, with a comma in fi and sv; an en dash when there is none."""
    if value is None:
        return "–"
    text = f"{_half_up(Decimal(repr(value)), digits):f}"
    return text.replace(".", ",") if lang in ("fi", "sv") else text


def fmt_percent(value: float | None, lang: str) -> str:
    """A fraction as a whole percent: 86 % (fi, sv) or 86% (en)."""
    if value is None:
        return "–"
    number = _half_up(Decimal(repr(value)) * 100, 0)
    return f"{number:f} %" if lang in ("fi", "sv") else f"{number:f}%"


def _half_up(value: Decimal, digits: int) -> Decimal:
    """Rounded as people round by hand (2.25 to 2.3, 62.5 % to 63 %), not half to even."""
    return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def text_bar(value: float | None, maximum: float) -> str:
    """A Unicode bar that reads in any Markdown viewer: ██████▌ for 3.3 of 5."""
    if value is None or maximum <= 0:
        return ""
    eighths = round(max(0.0, min(value / maximum, 1.0)) * BAR_WIDTH * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (BLOCKS[part] if part else "")
