"""Typer's own usage errors (a bad option, a missing argument) in the user's language.

Typer's bundled click builds these messages in English; the boundary shows them again from the
catalog, by the exception's class, with the same parts: the usage line, the help hint, the error.
"""

from __future__ import annotations

import sys
from typing import Any

from typer._click import exceptions as click_errors

from yhdyspinta_cli.i18n import localize, message, words

USAGE_PREFIX = "Usage:"


def show_usage_error(error: Any, lang: str) -> None:
    """Print a typer usage error as click would, in `lang`."""
    if isinstance(error, click_errors.NoArgsIsHelpError):  # the help page, no error around it
        print(error.format_message(), file=sys.stderr)
        return
    ctx = getattr(error, "ctx", None)
    lines: list[str] = []
    if ctx is not None:
        usage = str(ctx.get_usage())
        lines.append(usage.replace(USAGE_PREFIX, message("usage_usage", lang), 1))
        if ctx.command.get_help_option(ctx) is not None:
            option = ctx.help_option_names[0]
            lines.append(message("usage_try_help", lang, command=ctx.command_path, option=option))
        lines.append("")
    lines.append(message("usage_error", lang, message=describe_usage_error(error, lang)))
    print("\n".join(lines), file=sys.stderr)


def describe_usage_error(error: Any, lang: str) -> str:
    """What went wrong, from the catalog for the errors it knows, else click's own words."""
    if isinstance(error, click_errors.NoSuchOption):
        said = message("usage_no_such_option", lang, name=error.option_name)
        if error.possibilities:
            names = ", ".join(sorted(error.possibilities))
            said += " " + message("usage_possible_options", lang, names=names)
        return said
    if isinstance(error, click_errors.MissingParameter):
        kind = error.param_type or getattr(error.param, "param_type_name", "parameter")
        key = f"usage_missing_{kind}"
        known = key if key in words(lang) else "usage_missing_parameter"
        return message(known, lang, name=_hint(error))
    if isinstance(error, click_errors.BadParameter):
        reason = localize(error.message, lang)
        if not _hint(error):
            return message("usage_invalid_value", lang, reason=reason)
        return message("usage_invalid_value_for", lang, name=_hint(error), reason=reason)
    return str(error.format_message())


def _hint(error: Any) -> str:
    hint = error.param_hint
    if hint is None and error.param is not None:
        hint = error.param.get_error_hint(error.ctx)
    if isinstance(hint, (list, tuple)):
        return " / ".join(repr(part) for part in hint)
    return str(hint) if hint else ""
