"""A rendered document: its text and the chart files beside it, free of raw control characters."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from yhdyspinta_cli.render.controls import visible_controls

# json.dumps escapes C0 but leaves DEL and C1 raw; in JSON they can only stand inside strings.
JSON_RAW_CONTROLS = re.compile("[\x7f-\x9f]")


@dataclass(frozen=True)
class Rendered:
    """The text of a report or summary and the chart files that go beside it (name → SVG)."""

    text: str
    files: dict[str, str] = field(default_factory=dict)
    data: bytes | None = None  # a binary document (Word): written as it is, never printed


def finished(text: str, files: dict[str, str] | None = None) -> Rendered:
    """The document as it may be written or printed: control characters made visible."""
    charts = {name: visible_controls(svg) for name, svg in (files or {}).items()}
    return Rendered(visible_controls(text), charts)


def json_document(data: Any) -> Rendered:
    """Figures as indented JSON, every control character as a \\u escape."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return Rendered(JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
