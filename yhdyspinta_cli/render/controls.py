"""Control characters made visible, so no output file or terminal receives a raw one.

A note pasted from a terminal or Word may hold ESC, BEL or a C1 control. Written raw into a
Markdown, HTML or SVG file they make it invalid (XML forbids them) or, shown with `cat`, let the
text drive the terminal (clear the screen, set the title, write the clipboard). They become
`\\x1b`-style escapes; tab and newline are kept, they are layout.
"""

from __future__ import annotations

import re

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    """`text` with every control character except tab and newline as a visible `\\xNN` escape."""
    if CONTROLS.search(text) is None:
        return text
    return CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
