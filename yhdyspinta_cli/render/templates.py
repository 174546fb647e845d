"""The Jinja2 environment: bundled templates, a region's own first, strict about missing fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yhdyspinta_cli import i18n, resources
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import load_document
from yhdyspinta_cli.problems import UserError
from yhdyspinta_cli.render.markdown import md_table

LABELS = "labels.yaml"  # a region's single-word overrides, beside its templates


def environment(override: Path | None) -> Any:
    """Templates from `override` (if given) before the bundled ones; StrictUndefined."""
    import jinja2

    folders = [str(resources.data_dir("templates"))]
    if override is not None:
        if not override.is_dir():
            raise UserError(msg("template_not_a_folder", folder=str(override)))
        folders.insert(0, str(override))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders, encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        # page.html.j2 and the chart-*.svg.j2 must escape (titles and rows hold the region's
        # names); *.md.j2 get Markdown that md_text has already made safe.
        autoescape=jinja2.select_autoescape(["html", "html.j2", "svg.j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["table"] = md_table
    return env


def render_template(env: Any, name: str, context: dict[str, Any]) -> str:
    """Render one template; a missing field names the template and the field."""
    import jinja2

    try:
        return str(env.get_template(name).render(**context))
    except jinja2.UndefinedError as error:
        # Jinja2's own words (`'x' is undefined`) stay, framed by the catalog's sentence.
        said = msg("template_missing_field", name=name, reason=str(error.message))
        raise UserError(said) from None
    except jinja2.TemplateSyntaxError as error:
        where, reason = f"{error.filename}:{error.lineno}", str(error.message)
        raise UserError(msg("template_syntax_error", where=where, reason=reason)) from None


def labels(override: Path | None, lang: str) -> dict[str, str]:
    """The catalog's words in `lang`; a region's `labels.yaml` (`key: {fi: …}`) overrides some."""
    words = dict(i18n.words(lang))
    if override is not None and (override / LABELS).is_file():
        custom = load_document(override / LABELS).data or {}
        words.update({k: v[lang] for k, v in custom.items() if isinstance(v, dict) and lang in v})
    return words
