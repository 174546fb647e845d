"""Templates: bundled in the wheel, strict about missing fields, overridable with --template DIR."""

from __future__ import annotations

import re
import shutil
from importlib import metadata
from pathlib import Path

import pytest
from assessment_helpers import Cli
from conftest import REPO
from report_helpers import LANGS, headings, parse, write_sample

from yhdyspinta_cli import resources
from yhdyspinta_cli.i18n import words

TEMPLATES = ("gaps.md.j2", "plan.md.j2", "page.html.j2")


def bundled() -> Path:
    return Path(str(resources.data_dir("templates")))


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml")


@pytest.fixture
def region(tmp_path: Path) -> Path:
    """A region's template folder: a copy of the bundled gaps template."""
    folder = tmp_path / "my-templates"
    folder.mkdir()
    shutil.copy(bundled() / "gaps.md.j2", folder / "gaps.md.j2")
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_regions_template_is_used(cli: Cli, sample: Path, region: Path) -> None:
    edit(region / "gaps.md.j2", "## {{ L.summary }}", "Alueen oma pohja.\n\n## {{ L.summary }}")
    run = cli("report", "gaps", sample, "--template", region)
    assert run.code == 0, run.output
    assert "\nAlueen oma pohja.\n" in run.out
    assert headings(parse(run.out), 2)[:2] == ["Where to start", "Summary"]
    plan = cli("report", "plan", sample, "--template", region)  # not overridden: the bundled one
    assert plan.code == 0
    assert headings(parse(plan.out), 1) == ["Action plan: Pirkanmaa"]


def test_a_regions_page_template_is_used_for_html(cli: Cli, sample: Path, tmp_path: Path) -> None:
    folder = tmp_path / "html-templates"
    folder.mkdir()
    page = (bundled() / "page.html.j2").read_text(encoding="utf-8")
    (folder / "page.html.j2").write_text(page.replace("#005a8c", "#8c0000"), encoding="utf-8")
    run = cli("report", "gaps", sample, "--format", "html", "--template", folder)
    assert run.code == 0
    assert "#8c0000" in run.out
    assert "#005a8c;" not in run.out.split("</style>")[0]


@pytest.mark.parametrize(
    ("field", "detail"),
    [
        ("{{ no_such_field }}", "'no_such_field' is undefined"),
        ("{{ L.no_such_label }}", "no attribute 'no_such_label'"),
        ("{% for r in recommendations %}{{ r.no_such_key }}{% endfor %}", "no_such_key"),
    ],
)
def test_a_missing_field_fails_naming_the_template(
    cli: Cli, sample: Path, region: Path, tmp_path: Path, field: str, detail: str
) -> None:
    edit(region / "gaps.md.j2", "## {{ L.summary }}", f"{field}\n\n## {{{{ L.summary }}}}")
    output = tmp_path / "out" / "gaps.md"
    run = cli("report", "gaps", sample, "--template", region, "-o", output)
    assert run.code == 1
    assert run.err.startswith("error: template gaps.md.j2: ")
    assert detail in run.err
    assert run.err.count("\n") == 1
    assert "Traceback" not in run.output
    assert not output.exists()


def test_a_template_syntax_error_is_located(cli: Cli, sample: Path, region: Path) -> None:
    edit(region / "gaps.md.j2", "## {{ L.summary }}", "{% for x %}\n## {{ L.summary }}")
    line = (region / "gaps.md.j2").read_text(encoding="utf-8").split("{% for x %}")[0].count("\n")
    run = cli("report", "gaps", sample, "--template", region)
    assert run.code == 1
    where = f"error: {region / 'gaps.md.j2'}:{line + 1}: template error: "
    assert run.err.startswith(where), run.err
    assert "Traceback" not in run.output


def test_a_template_folder_that_does_not_exist_is_an_error(cli: Cli, sample: Path) -> None:
    run = cli("report", "gaps", sample, "--template", "no-such-folder")
    assert run.code == 1
    assert run.err == "error: --template no-such-folder: not a folder of templates\n"


def test_a_regions_labels_override_single_words(cli: Cli, sample: Path, region: Path) -> None:
    (region / "labels.yaml").write_text(
        'summary: {fi: "Tiivistelmä", en: "Overview"}\n', encoding="utf-8"
    )
    run = cli("report", "gaps", sample, "--template", region)
    assert headings(parse(run.out), 2)[:3] == ["Where to start", "Overview", "Levels and targets"]
    finnish = cli("report", "gaps", sample, "--template", region, "--lang", "fi")
    assert headings(parse(finnish.out), 2)[1] == "Tiivistelmä"
    swedish = cli("report", "gaps", sample, "--template", region, "--lang", "sv")
    assert headings(parse(swedish.out), 2)[1] == "Sammanfattning"  # no sv override: bundled


def labels() -> dict[str, dict[str, str]]:
    """The catalogs' words as `{key: {lang: text}}`."""
    by_lang = {lang: words(lang) for lang in LANGS}
    return {key: {lang: by_lang[lang][key] for lang in LANGS} for key in by_lang["fi"]}


def test_every_label_has_fi_sv_and_en() -> None:
    for key, texts in labels().items():
        assert set(texts) == set(LANGS), key
        assert all(isinstance(t, str) and t.strip() for t in texts.values()), key


def test_every_label_the_templates_use_exists() -> None:
    used = set()
    for name in ("gaps.md.j2", "plan.md.j2"):
        used |= set(re.findall(r"\bL\.([a-z_]+)", (bundled() / name).read_text(encoding="utf-8")))
    assert used
    assert used <= set(labels())


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_templates_are_in_the_installed_wheel(name: str) -> None:
    record = {str(f) for f in metadata.files("yhdyspinta") or []}
    assert f"yhdyspinta_cli/data/templates/{name}" in record
    installed = (bundled() / name).read_text(encoding="utf-8")
    assert installed == (REPO / "templates" / name).read_text(encoding="utf-8"), (
        "the installed templates are older than templates/: reinstall with pip install ."
    )
