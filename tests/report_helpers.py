"""Helpers for the report tests: sample assessments, Markdown structure, the outside checkers.

The sample assessment has hand-computed figures (see SAMPLE_* below); the tests compare the
reports against them, and against the JSON, which comes from the same scoring.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from markdown_it import MarkdownIt
from markdown_it.token import Token
from walk_helpers import STAMP, catalog

from yhdyspinta_cli.assessment.actions import ActionChange, add_action
from yhdyspinta_cli.assessment.create import NewAssessment, create_assessment
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE

MARKDOWNLINT = REPO / ".tools" / "node_modules" / ".bin" / "markdownlint"
NPM_INSTALL = "npm install --no-save --prefix .tools markdownlint-cli@0.48.0"
CHROMIUM = Path("/usr/bin/chromium")
LANGS = ("fi", "sv", "en")

# Every character the issue names, HTML and script, a bare URL, and what GitHub-flavoured readers
# also turn into markup: www. addresses, e-mail, $math$, :emoji: codes, numbered-list starts.
HOSTILE = (
    "1. Pipe | star * under _x_ [link](http://evil.example/a) `tick` # hash <b>bold</b> "
    "& &amp; back\\slash $x^2$ :smile: www.evil.example mail@evil.example "
    "<script>alert(1)</script> <img src=x onerror=alert(2)> https://evil.example/bare ~~del~~"
)
HOSTILE_LINES = HOSTILE + "\n# not a heading\n| x | y |\n- not a list\n\n```\nfence\n"
# Wide and combining characters must not break the aligned tables (markdownlint measures display
# width); emoji sequences (joiner, variation selector, flag, skin tone) have no width to rely on.
WIDE = "Kiitos \U0001f44d \u540d\u524d \u2705 caf\u00e9 e\u0301"
EMOJI = (
    "Kiitos \u2764\ufe0f \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f1eb\U0001f1ee "
    "\U0001f44d\U0001f3fd"
)

ORGS = (
    Organisation("tre", "kunta", "Tampere"),
    Organisation("pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"),
    Organisation("kela", "kela", "Kela"),
)


@dataclass(frozen=True)
class Texts:
    """The user-typed texts of the sample assessment."""

    region: str = "Pirkanmaa"
    org_name: str = "Tampere"
    note: str = "Verkostot kartoitettu."
    reason: str = "Ei alueellista rakennetta."
    title: str = "TYM-johtoryhmän työjärjestys"
    responsible: str = "kehittämispäällikkö"
    evidence: str = "Verkostokartta 2026 (intranet)"
    facilitator: str = "kehittämispäällikkö"


PLAIN = Texts()
HOSTILE_TEXTS = Texts(
    region=HOSTILE_LINES,
    org_name=HOSTILE_LINES,
    note=HOSTILE_LINES,
    reason=HOSTILE_LINES,
    title=HOSTILE_LINES,
    responsible=HOSTILE,
    evidence=HOSTILE_LINES,
    facilitator=HOSTILE,
)
WIDE_TEXTS = Texts(region=WIDE, org_name=WIDE, note=WIDE, reason=WIDE, title=WIDE, responsible=WIDE)
EMOJI_TEXTS = Texts(
    region=EMOJI, org_name=EMOJI, note=EMOJI, reason=EMOJI, title=EMOJI, responsible=EMOJI
)
TEXTS = {"plain": PLAIN, "hostile": HOSTILE_TEXTS, "wide": WIDE_TEXTS, "emoji": EMOJI_TEXTS}

# The sample's answers: (level, target, ratings). Everything else stays unanswered.
SAMPLE_ANSWERS: dict[str, tuple[int | str, int | None, dict[str, int]]] = {
    "S1.1a": (2, 4, {"tre": 1, "pirha": 3}),  # spread 2: divergent; legal 381/2023
    "S1.1b": (3, 4, {"tre": 3, "pirha": 4}),  # spread 1: not divergent
    "S1.2": (DONT_KNOW, None, {}),
    "S1.3": (NOT_APPLICABLE, None, {"tre": 1, "kela": 5}),  # not applicable: no divergence
    "S1.4c": (4, 4, {}),
    "S1.4b": (5, 5, {}),
    "S2.1": (1, 3, {"tre": 1, "kela": 4}),  # spread 3: divergent; no legal basis
    "S2.2a": (4, None, {}),  # a level without a target: no gap
    "S2.3": (3, 5, {}),  # legal 611/2021
    "S4.5": (NOT_APPLICABLE, None, {}),
}
# Hand-computed (checklists 1.1.0: S1 9 items, S2 9, S3 6, S4 10, T1 10): S1 has 8 applicable
# items, 4 with a level (2, 3, 4, 5), targets 4+4+4+5 = 17, gaps 2+1 = 3; S2 has 9 applicable,
# 3 levels (1, 4, 3), targets 3+5 = 8, gaps 2+2 = 4; all: 44 items, 2 not applicable.
SAMPLE_FIGURES = {
    #        coverage, mean, to target, (not in place, partly, in place, don't know), unanswered
    "S1": (4 / 8, 3.5, 1 - 3 / 17, (1, 1, 2, 1), 3),
    "S2": (3 / 9, 8 / 3, 1 - 4 / 8, (1, 1, 1, 0), 6),
    "S3": (0.0, None, None, (0, 0, 0, 0), 6),
    "S4": (0.0, None, None, (0, 0, 0, 0), 9),
    "T1": (0.0, None, None, (0, 0, 0, 0), 10),
    "all": (7 / 42, 22 / 7, 1 - 7 / 25, (2, 2, 3, 1), 34),
}
SAMPLE_DIVERGENT = ["S1.1a", "S2.1"]
# priority = 2 x gap + 1 (spread >= 2) + 1 (legal): S1.1a 4+1+1, S2.1 4+1, S2.3 4+1, S1.1b 2.
SAMPLE_PRIORITY_ORDER = ["S1.1a", "S2.1", "S2.3", "S1.1b"]
# Baseline levels for --compare: progress = (1 + 1 + 0 + 0) / (3 + 3 + 2 + 1) = 2/9.
BASELINE_ANSWERS = {"S1.1a": (1, 4), "S1.1b": (3, 4), "S2.1": (1, 3), "S2.3": (2, 5)}
SAMPLE_PROGRESS = 2 / 9
# A baseline with declines: S1.1b was 5 (above its target 4, so out of the progress formula) and is
# 3 now; S2.2a (no target) went from 5 to 4. Changes: S1.1a +1, S1.1b -2, S2.1 0, S2.3 +1, S2.2a -1.
# Overall 2 improved, 1 unchanged, 2 declined, mean -1/5; S1 1/0/1, mean -1/2; S2 1/1/1, mean 0.
# Progress = (1 + 0 + 1) / (3 + 2 + 3) = 1/4 (S1.1b had no room left, S2.2a has no target).
DECLINING_BASELINE = {**BASELINE_ANSWERS, "S1.1b": (5, 4), "S2.2a": (5, None)}

# The sample's actions, in the order they are added (A1..A5).
SAMPLE_ACTIONS = (
    ActionChange(items=("S2.3",), owner="tre", due="2020-06-30"),  # overdue
    ActionChange(items=("S1.1a", "S2.1"), owner="pirha", due="2099-01-31", status="in-progress"),
    ActionChange(items=("S1.1b",), owner="kela", due="2020-01-01", status="cancelled"),
    ActionChange(
        items=("S2.3",), owner="kela", start="2020-01-01", due="2021-05-01", status="done"
    ),
    ActionChange(items=("S1.4c",), owner="tre"),  # no due date: last in the timeline
)
SAMPLE_TIMELINE = ["A3", "A1", "A4", "A2", "A5"]
SAMPLE_OVERDUE = ["A1"]
SAMPLE_GAPS_WITHOUT_ACTION = ["S1.1b"]  # its only action is cancelled


def write_sample(path: Path, lang: str = "en", texts: Texts = PLAIN, actions: bool = True) -> Path:
    """The sample assessment, written with the tool's own code."""
    orgs = (Organisation("tre", "kunta", texts.org_name), *ORGS[1:])
    new = NewAssessment(texts.region, "2026-03-14", lang, orgs, facilitator=texts.facilitator)
    file = create_assessment(path, new, catalog())
    for item_id, (level, target, ratings) in SAMPLE_ANSWERS.items():
        reason = texts.reason if level == NOT_APPLICABLE else None
        update = AnswerUpdate(current=level, target=target, reason=reason, ratings=ratings)
        set_answer(file, item_id, update, catalog(), STAMP)
    evidence = (texts.evidence, "TYM-sopimus 2025")
    set_answer(file, "S1.1a", AnswerUpdate(note=texts.note, evidence=evidence), catalog(), STAMP)
    if actions:
        for number, change in enumerate(SAMPLE_ACTIONS, start=1):
            title = texts.title if number == 1 else f"Action {number}"
            responsible = texts.responsible if number == 1 else None
            add_action(
                file, replace(change, title=title, responsible=responsible), catalog(), STAMP
            )
    file.save()
    return path


def write_baseline(
    path: Path, lang: str = "en", answers: dict[str, tuple[int, int | None]] = BASELINE_ANSWERS
) -> Path:
    """An earlier assessment of the same region, for --compare."""
    file = create_assessment(path, NewAssessment("Pirkanmaa", "2025-10-01", lang, ORGS), catalog())
    for item_id, (level, target) in answers.items():
        set_answer(file, item_id, AnswerUpdate(current=level, target=target), catalog(), STAMP)
    file.save()
    return path


def flat(text: str) -> str:
    """User text as the reports show it: on one line, single spaces."""
    return " ".join(text.split())


# --- Markdown structure -------------------------------------------------------------------------


def parse(markdown: str) -> list[Token]:
    """The tokens markdown-it-py makes of a report (CommonMark, tables on, raw HTML off)."""
    return MarkdownIt("commonmark", {"html": False}).enable("table").parse(markdown)


def plain_text(token: Token) -> str:
    """What an inline token reads as: escapes resolved, markup left out."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "text_special"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(plain_text(child))
    return "".join(parts)


def headings(tokens: Sequence[Token], level: int | None = None) -> list[str]:
    """The texts of the headings (of one level, e.g. 2 for h2), in order."""
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and (level is None or token.tag == f"h{level}"):
            found.append(plain_text(tokens[index + 1]))
    return found


def section(tokens: Sequence[Token], title: str, level: int = 2) -> list[Token]:
    """The tokens under the heading `title` up to the next heading of the same or a higher level."""
    tag = f"h{level}"
    start = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and int(token.tag[1]) <= level and start is not None:
            return list(tokens[start:index])
        if token.type == "heading_open" and token.tag == tag and start is None:
            start = index + 3 if plain_text(tokens[index + 1]) == title else None
    assert start is not None, f"no h{level} {title!r} in {headings(tokens)}"
    return list(tokens[start:])


@dataclass(frozen=True)
class Table:
    """A table as read: its header texts and its rows of cell texts."""

    header: list[str]
    rows: list[list[str]]

    def column(self, name: str) -> list[str]:
        """The cells of one column, by its header."""
        index = self.header.index(name)
        return [row[index] for row in self.rows]

    def row(self, first: str) -> dict[str, str]:
        """The row whose first cell is `first` (or starts with it and a space), by header."""
        return dict(zip(self.header, self.cells(first), strict=True))

    def cells(self, first: str) -> list[str]:
        """The cells of the row whose first cell is `first` (or starts with it and a space)."""
        for row in self.rows:
            if row[0] == first or row[0].startswith(first + " "):
                return row
        raise AssertionError(f"no row {first!r} in {[r[0] for r in self.rows]}")


def tables(tokens: Sequence[Token]) -> list[Table]:
    """Every table, in order."""
    found: list[Table] = []
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            header, rows = [], []
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(plain_text(tokens[index + 1]))
        elif token.type == "tr_close":
            if header:
                rows.append(row)
            else:
                header = row
        elif token.type == "table_close":
            found.append(Table(header, rows))
    return found


def only_table(tokens: Sequence[Token]) -> Table:
    """The one table in `tokens`."""
    found = tables(tokens)
    assert len(found) == 1, found
    return found[0]


def bullets(tokens: Sequence[Token]) -> list[str]:
    """The texts of the list items, in order."""
    items = []
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            items.append(plain_text(tokens[index + 2]))
    return items


def images(tokens: Sequence[Token]) -> list[str]:
    """The src of every image."""
    found = []
    for token in tokens:
        for child in token.children or []:
            if child.type == "image":
                found.append(str(child.attrGet("src")))
    return found


def raw_table_lines(markdown: str) -> list[str]:
    """The lines of the Markdown that are table rows."""
    return [line for line in markdown.splitlines() if line.startswith("| ")]


def unescaped_pipes(line: str) -> int:
    """Pipes that split cells, as GFM counts them (a backslash escapes the next character)."""
    count, escaped = 0, False
    for char in line:
        if char == "|" and not escaped:
            count += 1
        escaped = char == "\\" and not escaped
    return count


# --- HTML ------------------------------------------------------------------------------------


class HtmlFacts(HTMLParser):
    """Tags, attributes, visible text and tables of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.tables: list[Table] = []
        self._hidden = 0  # inside <style> or <title>
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag in ("style", "title"):
            self._hidden += 1
        elif tag == "table":
            self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._hidden -= 1
        elif tag in ("td", "th") and self._cell is not None and self._rows:
            self._rows[-1].append(flat("".join(self._cell)))
            self._cell = None
        elif tag == "table" and self._rows:
            self.tables.append(Table(self._rows[0], self._rows[1:]))
            self._rows = None

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def body_text(self) -> str:
        """The visible text, on one line."""
        return flat(" ".join(self.text))

    def tag_names(self) -> set[str]:
        """Every tag name used."""
        return {tag for tag, _ in self.tags}

    def attributes(self) -> Iterator[tuple[str, str, str]]:
        """(tag, name, value) for every attribute."""
        for tag, attrs in self.tags:
            for name, value in attrs:
                yield tag, name, value or ""


def html_facts(html: str) -> HtmlFacts:
    """Parse an HTML document."""
    facts = HtmlFacts()
    facts.feed(html)
    facts.close()
    return facts


# --- The outside checkers ----------------------------------------------------------------------


def markdownlint(*files: Path) -> list[dict[str, Any]]:
    """markdownlint-cli's default rules except line length; the problems it reports, as JSON."""
    if not MARKDOWNLINT.exists():
        pytest.fail(
            f"markdownlint-cli is not installed at {MARKDOWNLINT}; run in {REPO}: {NPM_INSTALL}"
        )
    result = subprocess.run(
        [str(MARKDOWNLINT), "--disable", "MD013", "--json", "--", *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    problems: list[dict[str, Any]] = json.loads(result.stderr or "[]")
    assert (result.returncode == 1) == bool(problems), result.stderr
    return problems


def describe_lint(problems: Sequence[dict[str, Any]]) -> str:
    """markdownlint's problems, one a line, for an assertion message."""
    return "\n".join(
        f"{p['fileName']}:{p['lineNumber']}: {p['ruleNames'][0]} {p['errorDetail'] or ''} "
        f"{p['errorContext'] or ''}"
        for p in problems
    )


def pandoc(markdown_file: Path) -> subprocess.CompletedProcess[str]:
    """`pandoc -f gfm -t html FILE`, pandoc from the pypandoc-binary wheel."""
    import pypandoc

    return subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", "gfm", "-t", "html", str(markdown_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def chromium_screenshot(
    html_file: Path, png: Path, profile: Path
) -> subprocess.CompletedProcess[str]:
    """Headless Chromium renders `html_file` into `png`, with nothing fetched from the network."""
    # Chromium puts a socket in TMPDIR and gives up when its path is longer than 107 bytes,
    # which the tests' own temporary folders are; it gets a short one of its own.
    with tempfile.TemporaryDirectory(prefix="yp-", dir="/tmp") as short:
        return subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                "--window-size=1200,2000",
                html_file.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
            env={**os.environ, "TMPDIR": short},
        )
