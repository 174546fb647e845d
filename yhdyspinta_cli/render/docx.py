"""Word output: a report's or summary's Markdown through pandoc, with its charts inside.

pandoc comes from the optional `pypandoc-binary` wheel (`pip install 'yhdyspinta[docx]'`), which
ships the pandoc program itself. The styles (fonts, headings, tables) come from a reference
document: `reference.docx` in the region's `--template DIR` if there is one, else the bundled
`templates/reference.docx`. Table columns get widths by what they hold (`docx_tables.lua`, a
pandoc filter). The SVG charts go in as SVG, which Word 2016 and newer shows; pandoc adds a PNG
copy (for LibreOffice and older Word) only where `rsvg-convert` (librsvg) is installed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from yhdyspinta_cli import resources
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UsageError
from yhdyspinta_cli.render.document import Rendered

REFERENCE = "reference.docx"
INSTALL = "pip install 'yhdyspinta[docx]'"
# The report's Markdown is GitHub-flavoured (pipe tables), as markdown-it-py reads it for HTML.
MARKDOWN = "gfm"
COLUMN_WIDTHS = Path(__file__).with_name("docx_tables.lua")


def require_pandoc() -> None:
    """Stop before any work, saying how to install it, when pandoc's wheel is missing."""
    try:
        import pypandoc  # noqa: F401 - only whether it is there
    except ImportError:
        raise UsageError(msg("docx_needs_pandoc", command=INSTALL)) from None


def reference_document(template_dir: Path | None) -> Path:
    """The region's `reference.docx` beside its templates, else the bundled one."""
    if template_dir is not None and (template_dir / REFERENCE).is_file():
        return template_dir / REFERENCE
    return Path(str(resources.data_dir("templates") / REFERENCE))


def docx_document(markdown: Rendered, lang: str, template_dir: Path | None) -> Rendered:
    """The Markdown and its chart files as one Word document (bytes), the charts inside it."""
    import pypandoc

    reference = reference_document(template_dir)
    with tempfile.TemporaryDirectory(prefix="yhdyspinta-docx-") as folder:
        work = Path(folder)
        for name, svg in markdown.files.items():
            (work / name).write_text(svg, encoding="utf-8", newline="\n")
        source, target = work / "document.md", work / "document.docx"
        source.write_text(markdown.text, encoding="utf-8", newline="\n")
        options = [
            *("--reference-doc", str(reference), "--lua-filter", str(COLUMN_WIDTHS)),
            *("--resource-path", str(work), "--quiet"),
        ]
        pypandoc.convert_file(
            str(source),
            "docx",
            format=MARKDOWN,
            outputfile=str(target),
            extra_args=[*options, "--metadata", f"lang={lang}"],
        )
        return Rendered("", {}, target.read_bytes())
