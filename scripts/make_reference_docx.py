"""Write templates/reference.docx: pandoc's default Word styles, on A4, with readable tables.

`report ... --format docx` takes its styles (fonts, headings, tables) from this file; a region
puts its own `reference.docx` in its `--template DIR` instead. This script is how the bundled one
was made, so a change to it is a change here, reviewed as text:

    .venv/bin/python scripts/make_reference_docx.py

pandoc's default names no page size (Word then picks Letter or A4 by its locale) and underlines a
table's header row only. Here the page is A4 with 2 cm margins, every table cell gets a thin grey
border, tables are set in 9 pt, and the header row is bold on a light background, as in the HTML
reports. The zip entries get a fixed time, so running the script twice gives the same bytes.
"""

from __future__ import annotations

import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pypandoc

OUT = Path(__file__).resolve().parent.parent / "templates" / "reference.docx"
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6B4C2"/>'
SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
TABLE_BORDERS = "<w:tblBorders>" + "".join(BORDER.format(side=s) for s in SIDES) + "</w:tblBorders>"
DEFAULT_HEADER = """    <w:tblStylePr w:type="firstRow">
      <w:tcPr>
        <w:tcBorders>
          <w:bottom w:val="single"/>
        </w:tcBorders>
        <w:vAlign w:val="bottom"/>
      </w:tcPr>
    </w:tblStylePr>"""
TABLE_TEXT = '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
A4 = (
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567"'
    ' w:footer="567" w:gutter="0"/>'
)
BOLD_HEADER = """    <w:tblStylePr w:type="firstRow">
      <w:rPr><w:b/></w:rPr>
      <w:tcPr>
        <w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>
        <w:vAlign w:val="bottom"/>
      </w:tcPr>
    </w:tblStylePr>"""


def default_reference() -> bytes:
    """pandoc's own reference.docx, from the pandoc that pypandoc-binary ships."""
    command = [pypandoc.get_pandoc_path(), "--print-default-data-file", "reference.docx"]
    return subprocess.run(command, check=True, capture_output=True).stdout


def with_table_style(styles: str) -> str:
    """The `Table` style with borders on every cell and a bold, shaded header row."""
    start = styles.index('w:styleId="Table"')
    end = styles.index("</w:style>", start)
    table = styles[start:end]
    assert DEFAULT_HEADER in table, "pandoc's default table style changed: update this script"
    table = table.replace("<w:tblPr>", TABLE_TEXT + "<w:tblPr>" + TABLE_BORDERS, 1)
    table = table.replace(DEFAULT_HEADER, BOLD_HEADER)
    return styles[:start] + table + styles[end:]


def on_a4(document: str) -> str:
    """The body's section on A4 with 2 cm margins."""
    assert document.count("<w:sectPr>") == 1, "pandoc's default document changed: update this"
    return document.replace("<w:sectPr>", "<w:sectPr>" + A4)


def rewritten(original: bytes) -> bytes:
    """The same zip with the new styles, every entry dated FIXED_TIME."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/styles.xml":
                data = with_table_style(data.decode("utf-8")).encode("utf-8")
            elif entry.filename == "word/document.xml":
                data = on_a4(data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(entry.filename, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
    return out.getvalue()


def main() -> None:
    """Write the bundled reference document."""
    OUT.write_bytes(rewritten(default_reference()))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
