"""No output file holds a raw control character, whatever the assessment's text holds.

YAML escapes let a file carry ESC, BEL, NUL, DEL and C1 controls in its texts (a terminal
sequence that clears the screen or writes the clipboard). Markdown, HTML and SVG show them as
visible `\\x1b`-style escapes; JSON keeps the exact text, escaped as JSON escapes it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from assessment_helpers import Cli
from report_helpers import write_sample

from yhdyspinta_cli.render.controls import visible_controls

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# (as the YAML file spells it, the text it decodes to)
REGION = (r"Pirkan\e[2Jmaa\a\x9b31m\x7f", "Pirkan\x1b[2Jmaa\x07\x9b31m\x7f")
NOTE = (
    r"Verkostot\e]52;c;ZXZpbA==\a kartoitettu.\0",
    "Verkostot\x1b]52;c;ZXZpbA==\x07 kartoitettu.\0",
)
TITLE = (r"TYM\e[31m\x01x\x9d", "TYM\x1b[31m\x01x\x9d")
PLAIN = {"region: Pirkanmaa": REGION, "note: Verkostot kartoitettu.": NOTE}
PLAIN["title: TYM-johtoryhmän työjärjestys"] = TITLE


@pytest.fixture
def controlled(tmp_path: Path) -> Path:
    """The sample assessment with control characters in its region, a note and a title."""
    path = write_sample(tmp_path / "a.yaml")
    text = path.read_text(encoding="utf-8")
    for plain, (escaped, _) in PLAIN.items():
        assert plain in text
        text = text.replace(plain, f'{plain.split(":")[0]}: "{escaped}"', 1)
    path.write_text(text, encoding="utf-8")
    return path


COMMANDS = {
    "gaps md": ("report", "gaps", "a.yaml", "-o", "out/gaps.md"),
    "gaps html": ("report", "gaps", "a.yaml", "--format", "html", "-o", "out/gaps.html"),
    "plan md": ("report", "plan", "a.yaml", "-o", "out/plan.md"),
    "plan html": ("report", "plan", "a.yaml", "--format", "html", "-o", "out/plan.html"),
    "summary md and charts": (
        "summary",
        "a.yaml",
        "--include-notes",
        "--group-by",
        "region",
        "-o",
        "out/summary.md",
    ),
    "summary html": (
        "summary",
        "a.yaml",
        "--include-notes",
        "--group-by",
        "region",
        "--format",
        "html",
        "-o",
        "out/summary.html",
    ),
}


@pytest.mark.usefixtures("controlled")
@pytest.mark.parametrize("name", list(COMMANDS))
def test_files_show_control_characters_as_escapes(name: str, cli: Cli, tmp_path: Path) -> None:
    run = cli(*COMMANDS[name])
    assert run.code == 0, run.output
    written = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()}
    for file_name, text in written.items():
        assert RAW_CONTROL.search(text) is None, f"{file_name}: {RAW_CONTROL.search(text)}"
    everything = "".join(written.values())
    assert r"\x1b" in everything
    if name.startswith("summary"):
        svg = written.get("summary-groups.svg", "") + written.get("summary.html", "")
        assert r"Pirkan\x1b[2Jmaa\x07\x9b31m\x7f" in svg  # the region's name on the chart


@pytest.mark.usefixtures("controlled")
@pytest.mark.parametrize(
    "args",
    [
        ("report", "plan", "a.yaml", "--format", "json"),
        ("summary", "a.yaml", "--include-notes", "--format", "json"),
    ],
    ids=" ".join,
)
def test_json_escapes_control_characters_and_keeps_the_text(cli: Cli, args: list[str]) -> None:
    run = cli(*args)
    assert run.code == 0, run.output
    assert RAW_CONTROL.search(run.out) is None
    assert "\\u009d" in run.out or "\\u007f" in run.out  # C1 and DEL too, which json leaves raw
    data = json.loads(run.out)
    if args[0] == "report":
        assert data["actions"][0]["title"] == TITLE[1]
    else:
        assert data["coverage"]["regions"][0]["region"] == REGION[1]
        assert data["notes"][0]["text"] == NOTE[1]


@pytest.mark.usefixtures("controlled")
def test_printed_markdown_has_no_raw_control_character(cli: Cli) -> None:
    run = cli("report", "gaps", "a.yaml")
    assert run.code == 0, run.output
    assert RAW_CONTROL.search(run.out) is None
    assert r"Pirkan\\x1b\[2Jmaa\\x07\\x9b31m\\x7f" in run.out  # renders as Pirkan\x1b[2Jmaa...


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1bb", r"a\x1bb"),
        ("bell\x07", r"bell\x07"),
        ("\x00", r"\x00"),
        ("del\x7f", r"del\x7f"),
        ("csi\x9b", r"csi\x9b"),
        ("cr\r", r"cr\x0d"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("plain äö €", "plain äö €"),
    ],
)
def test_visible_controls(text: str, shown: str) -> None:
    assert visible_controls(text) == shown
