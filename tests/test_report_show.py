"""`--show` in a narrow terminal: tables fit the width, and no word is cut into "…"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from assessment_helpers import Cli
from report_helpers import parse, tables, write_sample

from yhdyspinta_cli.cli.terminal_markdown import fitted_widths

WORD = re.compile(r"\S+")


def words_of_tables(markdown: str) -> set[str]:
    """Every word of every table's headers and cells, as the Markdown source gives them."""
    found: set[str] = set()
    for table in tables(parse(markdown)):
        for cell in [*table.header, *(c for row in table.rows for c in row)]:
            found.update(WORD.findall(cell))
    return found


@pytest.mark.parametrize("kind", ["gaps", "plan"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("width", [100, 80])
def test_every_table_word_is_shown_whole(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, lang: str, width: int
) -> None:
    sample = write_sample(tmp_path / "a.yaml", lang=lang)
    words = words_of_tables(cli("report", kind, sample).out)
    monkeypatch.setenv("COLUMNS", str(width))
    run = cli("report", kind, sample, "--show")
    assert run.code == 0, run.output
    assert "…" not in run.out
    assert max(len(line.rstrip()) for line in run.out.splitlines()) <= width
    shown = set(WORD.findall(run.out))
    assert sorted(words - shown) == []


def test_the_widest_columns_give_way_first() -> None:
    # a question column of 60 and three figures: only the question wraps
    assert fitted_widths([12, 5, 5, 5], [60, 5, 5, 5], 50) == [35, 5, 5, 5]
    # two wide columns shrink in turn, neither below its longest word
    assert fitted_widths([10, 12], [30, 30], 40) == [20, 20]
    assert fitted_widths([10, 25], [30, 30], 40) == [15, 25]


def test_a_table_whose_words_do_not_fit_is_none() -> None:
    assert fitted_widths([30, 30], [40, 40], 59) is None


def test_too_narrow_a_table_is_shown_row_by_row(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 60 columns the Swedish summary's longest words alone are too wide for one table."""
    sample = write_sample(tmp_path / "a.yaml", lang="sv")
    monkeypatch.setenv("COLUMNS", "60")
    out = cli("report", "gaps", sample, "--show").out
    lines = out.splitlines()
    at = lines.index("Totalt")
    assert lines[at + 1].lstrip().startswith("Täckning: ")
    assert "…" not in out
