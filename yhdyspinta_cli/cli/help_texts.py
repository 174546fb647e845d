"""`--help` in the user's language: every help text of the command tree from the message catalogs.

The catalogs are the only place of these texts (the commands in `cli/` state none): they are set
by the command's path and the parameter's name (`help_cmd_report_gaps`, `help_opt_new_org`), on
the whole tree, and only when help or shell completion is shown: a real command does not pay for
reading the catalogs at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from yhdyspinta_cli.cli.help_format import set_help_format
from yhdyspinta_cli.i18n import DEFAULT_LANGUAGE, languages, message, resolve_language, words

HELP_OPTIONS = ("--help",)
ROOT = "root"
# Set by the shell's completion script; the completions carry the commands' and options' help.
COMPLETION_VARIABLE = "_YHDYSPINTA_COMPLETE"


def shows_help(command: Any, args: Sequence[str], environ: Mapping[str, str] | None = None) -> bool:
    """Whether `args` ask for help (`--help`, or nothing after a command that then shows it), or
    the shell asks for completions, which show the help texts beside the words."""
    if COMPLETION_VARIABLE in (os.environ if environ is None else environ):
        return True
    if any(word in HELP_OPTIONS for word in args):
        return True
    for word in args:
        commands = getattr(command, "commands", None)
        if not commands or word not in commands:
            return False
        command = commands[word]
    return bool(getattr(command, "no_args_is_help", False))


def help_language(args: Sequence[str], folder: Path | None = None) -> str:
    """`--lang` on the line, then `language:` in yhdyspinta.yaml, then the locale, then Finnish."""
    option = next((code for code in reversed(langs_on_line(args)) if code in languages()), None)
    return resolve_language(option, option or _configured_language(folder or Path.cwd()))


def langs_on_line(args: Sequence[str]) -> list[str]:
    """The values of `--lang` on a command line, as given (`--lang sv`, `--lang=sv`)."""
    given = [w.split("=", 1)[1] for w in args if w.startswith("--lang=")]
    return given + [args[i + 1] for i, w in enumerate(args[:-1]) if w == "--lang"]


def set_help(command: Any, lang: str, path: tuple[str, ...] = ()) -> None:
    """Give `command` and its subcommands their help texts in `lang`."""
    catalog = words(lang)
    for kind, keys, owner in iter_help_keys(command, path):
        key = next((key for key in keys if key in catalog), None)
        if key is not None:
            setattr(owner, kind, message(key, lang, **_params(key, lang)))
    set_help_format(command, lang)


def iter_help_keys(
    command: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, tuple[str, ...], Any]]:
    """(attribute, catalog keys, object) for every help text the tree shows.

    An option's own key comes first; `help_opt_<name>` is the text an option shares with the
    options of the same name in other commands.
    """
    name = "_".join(path) or ROOT
    yield "help", (f"help_cmd_{name}",), command
    yield "short_help", (f"help_short_{name}",), command
    help_option = command.get_help_option(command.context_class(command))
    if help_option is not None:
        yield "help", ("help_option_help",), help_option
    for param in command.params:
        if not getattr(param, "hidden", False):
            keys = (f"help_opt_{name}_{param.name}", f"help_opt_{param.name}")
            yield "help", keys, param
    for sub_name, sub in getattr(command, "commands", {}).items():
        yield from iter_help_keys(sub, (*path, sub_name.replace("-", "_")))


def _params(key: str, lang: str) -> dict[str, object]:
    """What a help text needs filled in: the languages for `--lang`, the types for `new --org`."""
    if key == "help_opt_lang":
        return {"languages": ", ".join(languages()), "default": DEFAULT_LANGUAGE}
    if key == "help_opt_new_org":
        return {"types": _organisation_types(lang)}
    return {}


def _organisation_types(lang: str) -> str:
    from yhdyspinta_cli.checklist.parse import build_vocabulary
    from yhdyspinta_cli.loading.quick_yaml import load_quick
    from yhdyspinta_cli.resources import data_dir

    text = (Path(str(data_dir("checklists"))) / "vocabulary.yaml").read_text(encoding="utf-8")
    actors = build_vocabulary(load_quick(text)).actors
    return ", ".join(f"{term.key} = {term.label[lang]}" for term in actors)


def _configured_language(folder: Path) -> str | None:
    """`language:` of the yhdyspinta.yaml found from `folder`; None if none, or broken."""
    from yhdyspinta_cli.config import find_config, load_config
    from yhdyspinta_cli.problems import ProblemError, UserError

    try:
        return load_config(find_config(folder)).language
    except (UserError, ProblemError, OSError):
        return None
