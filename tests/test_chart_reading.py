"""Charts that say what they show: rows without a level say why in the report's language, every
chart names and describes itself with its figures, bands differ by texture as well as colour,
text is legible (WCAG contrast), and a region's own chart template is used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from assessment_helpers import Cli
from conftest import run_installed
from report_helpers import write_sample
from summary_helpers import make_small

from yhdyspinta_cli.i18n import words

NS = {"s": "http://www.w3.org/2000/svg"}
OKABE_ITO = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
WHITE = "#ffffff"


def svg(path: Path) -> ET.Element:
    return ET.fromstring(path.read_text(encoding="utf-8"))


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iterfind(".//s:text", NS)]


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of #rrggbb."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def gaps_charts(tmp_path: Path, cli: Cli) -> Path:
    sample = write_sample(tmp_path / "a.yaml", "fi")
    assert cli("report", "gaps", sample, "-o", tmp_path / "out" / "gaps.md").code == 0
    return tmp_path / "out"


@pytest.fixture
def summary_charts(tmp_path: Path, cli: Cli) -> Path:
    small = make_small(cli, tmp_path / "arviot")
    run = cli("summary", small, "--lang", "fi", "-o", tmp_path / "sum" / "summary.md")
    assert run.code == 0, run.output
    return tmp_path / "sum"


def test_every_chart_names_itself_and_states_its_figures(gaps_charts: Path) -> None:
    for path in gaps_charts.glob("*.svg"):
        root = svg(path)
        assert root.get("role") == "img"
        title, desc = root.find("s:title", NS), root.find("s:desc", NS)
        assert title is not None and desc is not None
        assert root.get("aria-labelledby") == title.get("id")
        assert root.get("aria-describedby") == desc.get("id")
    s1 = svg(gaps_charts / "gaps-s1.svg")
    assert s1.findtext("s:title", namespaces=NS) == (
        "Kohtien nykyiset tasot ja tavoitteet: S1 Yhteistyötä tukevat alueelliset rakenteet"
    )
    desc = s1.findtext("s:desc", namespaces=NS) or ""
    assert desc.startswith("S1.1a: Nykyinen 2, Tavoite 4; S1.1b: Nykyinen 3, Tavoite 4; ")
    assert "; S1.2: En osaa sanoa; " in desc and "; S1.3: Ei koske; " in desc
    s2 = svg(gaps_charts / "gaps-s2.svg").findtext("s:desc", namespaces=NS) or ""
    assert "S2.2a: Nykyinen 4, Tavoite puuttuu;" in s2  # a level without a target
    overview = svg(gaps_charts / "gaps-overview.svg").findtext("s:desc", namespaces=NS) or ""
    # S1: levels 2, 3, 4, 5 → mean 3,5; their targets 4+4+4+5 → 4,25 → 4,3 (half up, as the table)
    assert overview.startswith("S1: Nykyinen 3,5, Tavoite 4,3; S2: Nykyinen 2,7, Tavoite 4,0; ")
    assert "S3: Vastaamatta 6" in overview


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_rows_without_a_level_say_why_in_the_reports_language(
    cli: Cli, tmp_path: Path, lang: str
) -> None:
    sample = write_sample(tmp_path / "a.yaml", lang)
    assert cli("report", "gaps", sample, "--lang", lang, "-o", tmp_path / "g.md").code == 0
    shown = texts(svg(tmp_path / "g-s1.svg"))
    said = words(lang)
    row = shown.index("S1.2")  # don't know
    assert said["dont_know"] in shown[row:]
    assert said["not_applicable"] in shown[shown.index("S1.3") :]
    assert said["unanswered"] in shown[shown.index("S1.5") :]
    overview = texts(svg(tmp_path / "g-overview.svg"))
    assert f"{said['not_applicable']} 1 · {said['unanswered']} 9" in overview  # S4


def test_summary_charts_describe_each_bar_and_label_empty_ones(summary_charts: Path) -> None:
    overview = svg(summary_charts / "summary-overview.svg")
    desc = overview.findtext("s:desc", namespaces=NS) or ""
    bars = re.findall(r"([ST]\d) \(N=(\d+)\): ([^;.]+)", desc)
    assert [name for name, _, _ in bars] == ["S1", "S2", "S3", "S4", "T1"]
    for _, n, said in bars:
        if n == "0":
            assert said.startswith(("Vastaamatta", "Ei koske")), said
            continue
        shares = re.findall(r"(\d+)\s?%", said)
        assert len(shares) == 4  # every band, in the table's percents
        assert 99 <= sum(map(int, shares)) <= 101
    for path in summary_charts.glob("*.svg"):
        shown = texts(svg(path))
        for index, text in enumerate(shown):
            if text == "N=0":  # the bar is empty: the words before it say why
                assert any("Vastaamatta" in t or "Ei koske" in t for t in shown[index - 2 : index])


def test_bands_differ_by_texture_and_use_the_okabe_ito_colours(summary_charts: Path) -> None:
    root = svg(summary_charts / "summary-overview.svg")
    patterns = root.findall(".//s:pattern", NS)
    assert len(patterns) == 4  # not in place, partly, in place, don't know
    fills = [p.find("s:rect", NS).get("fill") for p in patterns]  # type: ignore[union-attr]
    assert set(fills[:3]) <= OKABE_ITO and len(set(fills)) == 4
    textures = [ET.tostring(p, encoding="unicode").split("/>", 1)[1] for p in patterns]
    assert len(set(textures)) >= 3  # at most one band is plain; the others each have a texture
    legend = texts(root)
    assert all(label in legend for label in ("Ei toteudu", "Osittain", "Toteutuu", "En osaa sanoa"))


def test_chart_text_has_at_least_4_5_to_1_contrast(gaps_charts: Path, summary_charts: Path) -> None:
    for path in [*gaps_charts.glob("*.svg"), *summary_charts.glob("*.svg")]:
        root = svg(path)
        for group in root.iter():
            bars = [r.get("fill") for r in group.findall("s:rect", NS)]
            for text in group.findall("s:text", NS):
                fill = text.get("fill") or group.get("fill")
                assert fill is not None, path
                if text.get("stroke") == WHITE:  # on a bar, with a white halo of 3 px or more
                    assert float(text.get("stroke-width") or 0) >= 3
                    assert text.get("paint-order") == "stroke"
                    background = WHITE
                elif fill == WHITE:  # inside its row's bar
                    background = next(b for b in bars if b and b.startswith("#"))
                else:
                    background = WHITE
                assert contrast(fill, background) >= 4.5, (path.name, text.text, fill)


def test_a_regions_chart_template_draws_the_charts(cli: Cli, tmp_path: Path) -> None:
    sample = write_sample(tmp_path / "a.yaml")
    own = tmp_path / "my-templates"
    own.mkdir()
    (own / "chart-levels.svg.j2").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>{{ title }}</title>'
        "<desc>{{ desc }}</desc>{% for row in rows %}<text>own {{ row.name }}</text>"
        "{% endfor %}</svg>\n",
        encoding="utf-8",
    )
    run = cli("report", "gaps", sample, "--template", own, "-o", tmp_path / "g.md")
    assert run.code == 0, run.output
    assert "own S1.1a" in texts(svg(tmp_path / "g-s1.svg"))


def test_a_summary_draws_the_same_bytes_in_two_processes(cli: Cli, tmp_path: Path) -> None:
    small = make_small(cli, tmp_path / "arviot")
    outputs = []
    for run in ("one", "two"):
        result = run_installed("summary", small, "--format", "html", "-o", tmp_path / f"{run}.html")
        assert result.returncode == 0, result.stderr
        outputs.append((tmp_path / f"{run}.html").read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b'<svg xmlns="http://www.w3.org/2000/svg"') >= 6
