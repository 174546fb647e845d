"""`diff --format md`: ready to paste into a merge request, whatever people typed.

Every variant (three languages; plain, hostile and wide text; no changes) passes markdownlint,
and the structure is checked with markdown-it: one title, a table per recommendation, actions
and details, each row with its five cells, and user text as text, never as markup.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from report_helpers import HOSTILE_LINES, WIDE, describe_lint, markdownlint

from yhdyspinta_cli.cli import app
from yhdyspinta_cli.cli.boundary import run_for_code

LANGS = ("fi", "sv", "en")
TEXTS = {"plain": "Foorumi kokoontuu kuukausittain.", "hostile": HOSTILE_LINES, "wide": WIDE}


def run(*args: str | Path) -> int:
    return run_for_code(app, [str(arg) for arg in args])


def write_versions(folder: Path, text: str) -> tuple[Path, Path]:
    """An old and a new version whose every user-typed field holds `text`."""
    old, new = folder / "old.yaml", folder / "new.yaml"
    orgs = ["--org", f"tre:kunta:{text}", "--org", "kela:kela"]
    assert run("new", old, "--region", text, "--date", "2026-03-14", "--lang", "fi", *orgs) == 0
    assert run("answer", old, "S1.2", "--level", "2", "--note", text) == 0
    assert run("answer", old, "S2.1", "--level", "3") == 0
    assert run("action", "add", old, "--item", "S1.2", "--title", text, "--owner", "tre") == 0
    new.write_bytes(old.read_bytes())
    assert run("answer", new, "S1.2", "--level", "3", "--note", f"{text} (2)") == 0
    assert run("answer", new, "S2.1", "--evidence", text, "--target", "4") == 0
    assert run("answer", new, "S4.5", "--not-applicable", text) == 0
    assert run("action", "edit", new, "A1", "--due", "2026-12-31", "--notes", text) == 0
    assert run("action", "done", new, "A1") == 0
    assert run("action", "add", new, "--item", "S2.1", "--title", text, "--owner", "kela") == 0
    return old, new


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every variant of the Markdown, written by the real command."""
    root = tmp_path_factory.mktemp("diffs")
    written = {}
    for texts in TEXTS:
        folder = root / texts
        folder.mkdir()
        old, new = write_versions(folder, TEXTS[texts])
        for lang, (first, second) in itertools.product(LANGS, [(old, new), (old, old)]):
            name = f"{lang}-{texts}-{'same' if first == second else 'changed'}"
            written[name] = _markdown(root / f"{name}.md", first, second, lang)
    return written


def _markdown(target: Path, old: Path, new: Path, lang: str) -> Path:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert run("diff", old, new, "--format", "md", "--lang", lang) == 0
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target


def test_every_variant_passes_markdownlint(reports: dict[str, Path]) -> None:
    problems = markdownlint(*reports.values())
    assert problems == [], describe_lint(problems)


def tokens(path: Path) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(path.read_text(encoding="utf-8"))


def headings(found: list[Token], tag: str) -> list[str]:
    return [
        found[i + 1].content
        for i, token in enumerate(found)
        if token.type == "heading_open" and token.tag == tag
    ]


def rows(found: list[Token]) -> list[list[str]]:
    """Each table row as the text of its cells."""
    table: list[list[str]] = []
    for i, token in enumerate(found):
        if token.type == "tr_open":
            table.append([])
        elif token.type in ("th_open", "td_open"):
            table[-1].append(found[i + 1].content if found[i + 1].type == "inline" else "")
    return table


def rendered_text(inline: str) -> str:
    """What a reader sees of one cell: the Markdown rendered, tags aside."""
    parsed = MarkdownIt("commonmark").parseInline(inline)
    children: list[Any] = parsed[0].children or []
    return "".join(child.content for child in children if child.type == "text")


@pytest.mark.parametrize("lang", LANGS)
def test_one_title_then_a_section_per_recommendation_actions_and_details(
    reports: dict[str, Path], lang: str
) -> None:
    found = tokens(reports[f"{lang}-plain-changed"])

    assert len(headings(found, "h1")) == 1
    sections = headings(found, "h2")
    assert [s.split(" ")[0] for s in sections[:3]] == ["S1", "S2", "S4"]
    assert len(sections) == 4  # and the actions; the details did not change
    table = rows(found)
    assert all(len(row) == 5 for row in table)


def test_hostile_text_stays_text_in_every_cell(reports: dict[str, Path]) -> None:
    found = tokens(reports["en-hostile-changed"])

    kinds = {token.type for token in found}
    assert not kinds & {"html_block", "html_inline", "fence", "code_block", "bullet_list_open"}
    for token in found:
        for child in token.children or []:
            assert child.type not in ("link_open", "html_inline", "code_inline", "em_open")
    flat = " ".join(HOSTILE_LINES.split())
    notes = [row for row in rows(found) if row[2] == "Note"]
    assert [rendered_text(row[3]) for row in notes] == [flat]
    assert [rendered_text(row[4]) for row in notes] == [f"{flat} (2)"]


def test_no_changes_is_said_in_words(reports: dict[str, Path]) -> None:
    text = reports["sv-plain-same"].read_text(encoding="utf-8")

    assert text.splitlines()[-1] == "Inga ändringar."
    assert headings(tokens(reports["sv-plain-same"]), "h2") == []


def test_an_added_action_is_one_row_with_owner_due_and_status(reports: dict[str, Path]) -> None:
    found = tokens(reports["en-plain-changed"])

    added = [row for row in rows(found) if row[0].startswith("A2 ")]

    assert added == [
        [f"A2 {TEXTS['plain']}", "added", "Owner · Due · Status", "–", "kela · – · planned"]
    ]
