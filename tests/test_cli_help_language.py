"""`--help` in the user's language: `--lang`, yhdyspinta.yaml, the locale, then Finnish."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from conftest import Run

from yhdyspinta_cli import i18n
from yhdyspinta_cli.cli import app
from yhdyspinta_cli.cli.help_texts import iter_help_keys, shows_help

PAGES = [(), ("new",), ("answer",), ("report", "gaps")]
FINNISH = {
    (): ["Alueen yhdyspintojen itsearviointi", "Luo tyhjä arviointitiedosto.", "Komennot:"],
    ("new",): ["Luotava arviointitiedosto.", "kela = Kela", "hyvinvointialue = Hyvinvointialue"],
    ("answer",): ["Aseta yksi vastaus", "Vastaus: en osaa sanoa.", "Tavoitetaso."],
    ("report", "gaps"): ["Missä olemme suosituksiin nähden", "[oletus: md]", "Valitsimet:"],
}
SWEDISH = {
    (): ["Självvärdering av regionens kontaktytor", "välfärdsområdet och FPA", "Kommandon:"],
    ("new",): ["Bedömningsfilen som ska skapas.", "kela = FPA", "[obligatorisk]"],
    ("answer",): ["Ange ett svar", "Svar: vet inte.", "Målnivå."],
    ("report", "gaps"): ["Var vi står i förhållande", "Visa rapporten i terminalen.", "Flaggor:"],
}


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def english_sentences(path: tuple[str, ...]) -> list[str]:
    """The English help texts of a page's command and its subcommands, and the fixed words."""
    texts = [i18n.message("usage_usage", "en"), "Options:", "[required]", "[default:"]
    english = i18n.words("en")
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    for _, keys, _ in iter_help_keys(command, tuple(n.replace("-", "_") for n in path)):
        key = next((key for key in keys if key in english), None)
        if key is not None and "{" not in english[key]:
            texts.append(" ".join(english[key].split()[:5]))
    return texts


def assert_in_language(run: Run, path: tuple[str, ...], expected: list[str]) -> None:
    assert run.code == 0, run.err
    page = flat(run.out)
    for text in expected:
        assert flat(text) in page
    for sentence in english_sentences(path):
        assert sentence not in page, sentence


@pytest.mark.parametrize("path", PAGES, ids=" ".join)
def test_help_follows_the_locale(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, path: tuple[str, ...]
) -> None:
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    assert_in_language(cli(*path, "--help"), path, FINNISH[path])


@pytest.mark.parametrize("path", [("new",), ("report", "gaps")], ids=" ".join)  # with --lang
def test_help_follows_lang_before_the_config_and_the_locale(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, path: tuple[str, ...]
) -> None:
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    (tmp_path / "yhdyspinta.yaml").write_text("language: en\n", encoding="utf-8")
    assert_in_language(cli(*path, "--lang", "sv", "--help"), path, SWEDISH[path])


@pytest.mark.parametrize("path", PAGES, ids=" ".join)
def test_help_follows_the_config_before_the_locale(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, path: tuple[str, ...]
) -> None:
    monkeypatch.setenv("LANG", "fi_FI.UTF-8")
    (tmp_path / "yhdyspinta.yaml").write_text("language: sv\n", encoding="utf-8")
    assert_in_language(cli(*path, "--help"), path, SWEDISH[path])


def test_help_without_arguments_is_the_help_page_in_finnish_without_a_locale(
    cli: Callable[..., Run],
) -> None:
    run = cli()
    assert run.code == 2  # as click: the help, but on stderr and as a usage error
    assert_in_language(Run(0, run.err, ""), (), FINNISH[()])
    assert "Virhe" not in run.err and "Error" not in run.err


def test_english_help_is_the_english_catalog(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    page = flat(cli("new", "--help").out)
    assert page.startswith("Usage: yhdyspinta new [OPTIONS]")
    assert "Create an empty assessment; an existing file is never overwritten." in page
    assert "TYPE: kunta = Municipality, hyvinvointialue = Wellbeing services county" in page
    assert "[required]" in page and "Show this message and exit." in page


def test_every_help_text_of_the_tree_is_in_every_catalog_and_english_is_the_codes() -> None:
    """A new option or command without its catalog keys fails here; English help is unchanged."""
    english = i18n.words("en")
    checked = 0
    for kind, keys, owner in iter_help_keys(typer.main.get_command(app)):
        text = getattr(owner, kind)
        if not text:
            continue
        for lang in i18n.languages():
            assert any(key in i18n.words(lang) for key in keys), f"{lang}: {keys[0]}"
        key = next(key for key in keys if key in english)
        if "{" not in english[key]:
            assert english[key] == text, key
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ([], True),
        (["new", "--help"], True),
        (["report"], False),  # a usage error: the command is missing
        (["report", "gaps"], False),
        (["status", "a.yaml"], False),
        (["checklists"], False),
        (["checklists", "show", "S2"], False),
    ],
)
def test_help_is_translated_only_when_it_is_shown(args: list[str], shown: bool) -> None:
    assert shows_help(typer.main.get_command(app), args) is shown
