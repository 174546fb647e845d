"""`--help` in the user's language: `--lang`, yhdyspinta.yaml, the locale, then Finnish."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from conftest import REPO, Run

from yhdyspinta_cli import i18n
from yhdyspinta_cli.cli import app
from yhdyspinta_cli.cli.help_texts import iter_help_keys, set_help, shows_help

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


# Typer's own options, which bring their English help; the catalogs translate it.
TYPERS_OWN = {"help_opt_root_install_completion", "help_opt_root_show_completion"}


def test_every_help_text_of_the_tree_is_in_every_catalog() -> None:
    """A new command or option without its catalog keys fails here. The catalogs are the only
    place of the help texts: before they are set, the tree holds none of them (a command's
    docstring only names its catalog key)."""
    tree = typer.main.get_command(app)
    catalog_texts = {
        text
        for key, text in i18n.words("en").items()
        if key.startswith(("help_cmd_", "help_opt_")) and key not in TYPERS_OWN
    }
    checked = 0
    for kind, keys, owner in iter_help_keys(tree):
        if kind == "short_help":
            continue  # said for the root's commands only; a group's come from their help
        assert getattr(owner, kind) not in catalog_texts, f"{keys[0]}: a help text in the code"
        for lang in i18n.languages():
            assert any(key in i18n.words(lang) for key in keys), f"{lang}: {keys[0]}"
        checked += 1
    assert checked > 100
    for name in tree.commands:  # type: ignore[attr-defined]
        key = f"help_short_{name.replace('-', '_')}"
        assert all(key in i18n.words(lang) for lang in i18n.languages()), key


def test_english_help_texts_are_the_english_catalogs() -> None:
    tree = typer.main.get_command(app)
    set_help(tree, "en")
    english = i18n.words("en")
    for kind, keys, owner in iter_help_keys(tree):
        key = next((key for key in keys if key in english), None)
        if key is not None and "{" not in english[key]:
            assert getattr(owner, kind) == english[key], key


def test_no_help_text_is_written_in_the_commands_code() -> None:
    """`help=` and `short_help=` in the commands' code would be a second copy of the catalog."""
    calls = {"typer.Option", "typer.Argument", "typer.Typer", "app.command", "app.add_typer"}
    found = []
    for module in (REPO / "yhdyspinta_cli" / "cli").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in calls:
                found += [
                    f"{module.name}:{node.lineno}"
                    for keyword in node.keywords
                    if keyword.arg in ("help", "short_help")
                ]
    assert found == []


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
