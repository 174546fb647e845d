"""Typed or pasted text: line separators become newlines, control characters are refused, and
whatever is accepted reads back exactly, through every command and walk that takes text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from assessment_helpers import Cli, new_assessment, plain, round_trip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yhdyspinta_cli.assessment.typed_text import TypedTextError, accept_typed_text
from yhdyspinta_cli.privacy.detectors import has_personal_data

SEPARATORS = ["\r\n", "\r", "\v", "\f", "\x85", "\u2028", "\u2029"]
REFUSED = ["\x00", "\x07", "\x1b", "\x7f", "\x80", "\x9b", "\x9f", "\ufdd0", "\ufffe", "\uffff",
           "\U0001fffe", "\U0010ffff"]  # fmt: skip
KEPT = ["\t", "\n", " ", "\u00a0", "\ufeff", "\ufffd", "\ue000", "ä", "€", "\U0001f600"]
# The independent statement of what every line separator becomes.
LINE_SEPARATOR = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
REFUSED_CHAR = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef]|[\ufffe\uffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


@pytest.mark.parametrize("separator", SEPARATORS)
def test_every_line_separator_becomes_a_newline(separator: str) -> None:
    assert accept_typed_text("--note", f"eka{separator}toka") == "eka\ntoka"


@pytest.mark.parametrize("char", REFUSED)
def test_control_characters_and_noncharacters_are_refused_by_code_point(char: str) -> None:
    with pytest.raises(TypedTextError) as raised:
        accept_typed_text("--note", f"ok {char} ok")
    message = str(raised.value)
    assert f"U+{ord(char):04X}" in message and message.startswith("--note: ")
    assert raised.value.code_point == ord(char)


@pytest.mark.parametrize("char", KEPT)
def test_tabs_newlines_and_printable_characters_are_kept(char: str) -> None:
    assert accept_typed_text("--note", f"a{char}b") == f"a{char}b"


def test_the_issue_note_is_refused_naming_escape_and_the_file_is_untouched(
    cli: Cli, tmp_path: Path
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    before = path.read_bytes()
    run = cli("answer", path, "S1.2", "--note", "line1\nline2 \x1b[31mred")
    assert run.code == 1, run.output
    assert run.err.startswith("error: --note: the character U+001B"), run.err
    assert "Traceback" not in run.output
    assert path.read_bytes() == before
    assert cli("status", path).code == 0


def test_a_word_note_with_vertical_tabs_is_saved_with_newlines(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    run = cli("answer", path, "S1.2", "--note", "eka\vtoka\r\nkolmas\x85neljäs")
    assert run.code == 0, run.output
    assert plain(path)["answers"]["S1.2"]["note"] == "eka\ntoka\nkolmas\nneljäs"


READ_BACK = [
    "  two leading spaces",
    "trailing spaces   ",
    "\tleading tab",
    "\ta first line that starts with a tab\nsecond",  # no `|` block can hold it
    "\t\n\tx",
    "trailing tab\t",
    "first\n  indented second\n",
    "  indented first\nsecond",
    "lines with trailing space \nand more \n",
    "ends with blank lines\n\n\n",
    "\n\nstarts with blank lines",
    "tab\tin\nthe\tmiddle\t",
    "- looks like a list\n# and a comment",
    "key: value\nother: 'x'",
    "'quoted'",
    '"double"',
    "@at start",
    "%percent",
    "a \n \n b",
    "one # two",
    "null",
    "yes",
    "1.5",
]


@pytest.mark.parametrize("text", READ_BACK)
def test_accepted_text_reads_back_exactly(cli: Cli, tmp_path: Path, text: str) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    run = cli("answer", path, "S1.2", f"--note={text}")
    assert run.code == 0, run.output
    assert plain(path)["answers"]["S1.2"]["note"] == text
    assert round_trip(path)["answers"]["S1.2"]["note"] == text
    assert cli("status", path).code == 0


SPECIAL = [*SEPARATORS, *REFUSED, *KEPT, " ", "\n", ":", "#", "-", "'", '"', "|", ">", "\\"]
TYPED = st.lists(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL)), max_size=40
).map("".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TYPED)
def test_any_typed_note_reads_back_or_is_refused_with_the_file_unchanged(
    cli: Cli, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "a.yaml"
    if not path.exists():
        new_assessment(cli, path)
    before = path.read_bytes()

    run = cli("answer", path, "S1.2", f"--note={text}")

    expected = LINE_SEPARATOR.sub("\n", text)
    if run.code != 0:
        assert run.code == 1, run.output
        assert "Traceback" not in run.output
        assert REFUSED_CHAR.search(expected) or has_personal_data(expected), run.err
        assert path.read_bytes() == before
        return
    assert not REFUSED_CHAR.search(expected)
    note = plain(path)["answers"].get("S1.2", {}).get("note")
    assert note == (expected if expected.strip() else None)
    assert (round_trip(path)["answers"].get("S1.2") or {}).get("note") == note
    path.write_bytes(before)
