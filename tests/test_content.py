"""The bundled content: recommendations 1-4 complete, in three languages, item by item."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, Run

from yhdyspinta_cli import i18n, resources
from yhdyspinta_cli.catalog import Catalog, load_catalog
from yhdyspinta_cli.model import Item, Text

LANGS = ("fi", "sv", "en")
BULLETS = {1: 5, 2: 5, 3: 4, 4: 5}  # recommendation: number of bullets in the source document
ALL_BULLETS = [f"{n}.{b}" for n, count in BULLETS.items() for b in range(1, count + 1)]
ITEM_ID = re.compile(r"^S[1-4]\.[0-9]+[a-z]?$")
ROLES = {"paattajat", "ylin_johto", "toimialajohto", "asiantuntijat", "asiakastyo"}
ACTORS = {
    "kunta",
    "hyvinvointialue",
    "tyollisyysalue",
    "kela",
    "maakunnan_liitto",
    "jarjesto",
    "oppilaitos",
    "yritys",
    "muu",
}
# Keys whose values are data, not text a user reads, so they need no translation. `source_text`
# quotes the Finnish recommendation and `source` names the Finnish document, as the issue allows.
UNTRANSLATED_KEYS = {
    "format", "id", "version", "bullet", "source_text", "document", "publisher", "date", "url",
    "actors", "roles", "legal", "key", "special", "added", "split_from",
}  # fmt: skip


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def bundled_yaml() -> dict[str, Any]:
    """The installed data files, parsed as plain YAML (independently of the package's loader)."""
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in resources.bundled_checklist_paths()
    }


def checklist_files() -> dict[str, dict[str, Any]]:
    return {
        name: data
        for name, data in bundled_yaml().items()
        if data.get("format") == "yhdyspinta/checklist"
    }


def iter_items() -> Iterator[dict[str, Any]]:
    for data in checklist_files().values():
        yield from data["items"]


def iter_texts(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every `{fi, sv, en}`-like mapping in raw YAML, and every other string, with its path."""
    if isinstance(value, dict):
        if set(value) & set(LANGS):
            yield where, value
        for key, child in value.items():
            if key not in LANGS and key not in UNTRANSLATED_KEYS and key != "level":
                yield from iter_texts(child, f"{where}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from iter_texts(child, f"{where}[{index}]")
    elif isinstance(value, str):
        yield where, value


def iter_model_texts(value: Any, where: str = "") -> Iterator[tuple[str, Text]]:
    """Every Text in the loaded model (checklists, items, scale, vocabulary)."""
    if isinstance(value, Text):
        yield where, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from iter_model_texts(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, (list, tuple)):
        for index, child in enumerate(value):
            yield from iter_model_texts(child, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from iter_model_texts(child, f"{where}[{key}]")


def normalise(text: str) -> str:
    return " ".join(text.lower().split())


def test_installed_data_is_the_repository_data() -> None:
    """Content tests read the installed wheel's copy; a stale install would test old content."""
    for path in resources.bundled_checklist_paths():
        source = REPO / "checklists" / path.name
        assert path.read_bytes() == source.read_bytes(), (
            f"the installed {path.name} differs from checklists/{path.name}: reinstall with "
            "`.venv/bin/pip install --no-deps --no-build-isolation .`"
        )


def test_repository_checklists_validate_cleanly(cli: Callable[..., Run]) -> None:
    paths = sorted((REPO / "checklists").glob("*.yaml"))
    assert {p.name for p in paths} >= {"s1.yaml", "s2.yaml", "s3.yaml", "s4.yaml", "scale.yaml"}
    run = cli("validate", *paths)
    assert run.code == 0, run.output
    assert f"{len(paths)} file(s) valid" in run.out


def test_the_four_recommendations_are_bundled_in_order(catalog: Catalog) -> None:
    bundled = [c for c in catalog.checklists if c.bundled]
    assert [c.id for c in bundled] == ["S1", "S2", "S3", "S4"]
    assert [c.recommendation for c in bundled] == [1, 2, 3, 4]


@pytest.mark.parametrize("name", ["s1.yaml", "s2.yaml", "s3.yaml", "s4.yaml"])
def test_checklist_carries_id_version_title_description_and_source(name: str) -> None:
    data = checklist_files()[name]
    number = int(name[1])
    assert data["id"] == f"S{number}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["version"])
    assert data["recommendation"] == number
    assert data["source"]["recommendation"] == number
    assert data["source"]["date"] == "2024-04-17"
    assert "suositukset" in data["source"]["document"].lower()
    for key in ("title", "description"):
        assert set(data[key]) == set(LANGS)


@pytest.mark.parametrize("bullet", ALL_BULLETS)
def test_every_bullet_has_an_item_in_its_own_checklist(bullet: str) -> None:
    checklist = checklist_files()[f"s{bullet.split('.')[0]}.yaml"]
    ids = [item["id"] for item in checklist["items"] if item.get("bullet") == bullet]
    assert ids, f"no item for bullet {bullet}"
    for item_id in ids:
        assert re.fullmatch(rf"S{re.escape(bullet)}[a-z]?", item_id), item_id


def test_no_item_names_a_bullet_that_does_not_exist() -> None:
    assert {item.get("bullet") for item in iter_items()} <= set(ALL_BULLETS)


def test_bullet_4_1_asks_three_things_so_it_has_three_items() -> None:
    assert len([item for item in iter_items() if item.get("bullet") == "4.1"]) >= 3


def test_at_least_one_item_per_bullet_in_total() -> None:
    assert len(list(iter_items())) >= len(ALL_BULLETS) == 19


def test_item_ids_are_unique_and_well_formed(catalog: Catalog) -> None:
    ids = [item.id for item in catalog.iter_items()]
    assert len(ids) == len(set(ids))
    for checklist in catalog.checklists:
        for item in checklist.items:
            assert ITEM_ID.fullmatch(item.id), item.id
            assert item.id.split(".")[0] == checklist.id


def test_every_raw_text_has_all_three_languages() -> None:
    for name, data in bundled_yaml().items():
        for where, value in iter_texts(data):
            assert isinstance(value, dict), f"{name}{where}: untranslated text {value!r}"
            for lang in LANGS:
                text = value.get(lang)
                assert isinstance(text, str), f"{name}{where}: no {lang}"
                assert text.strip(), f"{name}{where}: empty {lang}"


def test_every_loaded_text_has_all_three_languages(catalog: Catalog) -> None:
    texts = list(iter_model_texts(catalog))
    items = list(catalog.iter_items())
    levels = [where for where, _ in texts if ".levels[" in where and ".items[" in where]
    assert len(levels) == len(items) * len(catalog.scale.values)  # the walk reached every item
    for where, text in texts:
        for lang in LANGS:
            assert getattr(text, lang).strip(), f"{where}: empty {lang}"


def test_translations_are_not_copies_of_the_finnish(catalog: Catalog) -> None:
    """A Finnish text pasted into `sv:` or `en:` passes the schema but is still untranslated."""
    for where, text in iter_model_texts(catalog):
        if len(text.fi) > 30:
            assert normalise(text.sv) != normalise(text.fi), f"{where}: sv is the Finnish text"
            assert normalise(text.en) != normalise(text.fi), f"{where}: en is the Finnish text"
            assert normalise(text.en) != normalise(text.sv), f"{where}: en is the Swedish text"


def test_swedish_uses_kontaktytor_never_granssnitt_words(catalog: Catalog) -> None:
    swedish = [t.sv for _, t in iter_model_texts(catalog)]
    swedish += [value["sv"] for value in i18n.MESSAGES.values()]
    for data in bundled_yaml().values():
        swedish += [v["sv"] for _, v in iter_texts(data) if isinstance(v, dict) and "sv" in v]
    assert swedish
    offending = [text for text in swedish if "gränsyt" in text.lower()]
    assert not offending


def test_swedish_names_of_the_actors_are_the_official_terms(catalog: Catalog) -> None:
    names = {term.key: term.label.sv for term in catalog.vocabulary.actors}
    assert "välfärdsområde" in names["hyvinvointialue"].lower()
    assert "sysselsättningsområde" in names["tyollisyysalue"].lower()
    assert "arbetskraftsmyndighet" in names["tyollisyysalue"].lower()
    assert names["kela"] == "FPA"


def test_actor_vocabulary_has_the_agreed_command_line_keys(catalog: Catalog) -> None:
    keys = [term.key for term in catalog.vocabulary.actors]
    assert set(keys) == ACTORS
    assert all(key.isascii() and key == key.lower() for key in keys)


def test_every_item_has_actors_and_evidence(catalog: Catalog) -> None:
    for item in catalog.iter_items():
        assert item.actors, item.id
        assert item.evidence, f"{item.id}: no examples of evidence"


def test_bullet_1_3_items_name_every_role_level(catalog: Catalog) -> None:
    roles = {role for item in catalog.iter_items() if item.bullet == "1.3" for role in item.roles}
    assert roles == ROLES


def test_every_law_in_the_vocabulary_is_cited_by_some_item(catalog: Catalog) -> None:
    cited = {key for item in catalog.iter_items() for key in item.legal}
    assert {term.key for term in catalog.vocabulary.legal} <= cited


def item_levels(catalog: Catalog) -> Iterator[tuple[Item, int, Text]]:
    for item in catalog.iter_items():
        for value, text in item.levels.items():
            yield item, value, text


def test_every_item_describes_every_level_of_the_scale(catalog: Catalog) -> None:
    for item in catalog.iter_items():
        assert sorted(item.levels) == list(catalog.scale.values), item.id


def test_level_descriptors_are_written_for_the_item_not_copied_from_the_scale(
    catalog: Catalog,
) -> None:
    for item, value, text in item_levels(catalog):
        generic = catalog.scale.level(value).description
        for lang in LANGS:
            own, scale = normalise(text.get(lang)), normalise(generic.get(lang))
            similarity = difflib.SequenceMatcher(None, own, scale).ratio()
            assert similarity < 0.8, f"{item.id} level {value} ({lang}) copies the scale"


def test_level_descriptors_of_an_item_differ_from_each_other(catalog: Catalog) -> None:
    for item in catalog.iter_items():
        for lang in LANGS:
            texts = [normalise(t.get(lang)) for t in item.levels.values()]
            assert len(set(texts)) == len(texts), f"{item.id}: two levels say the same ({lang})"


def test_level_descriptors_are_not_pasted_between_items(catalog: Catalog) -> None:
    first: dict[str, str] = {}
    for item, value, text in item_levels(catalog):
        key = normalise(text.fi)
        assert key not in first, f"{item.id} level {value} repeats {first.get(key)}"
        first[key] = f"{item.id} level {value}"


def test_scale_has_few_levels_two_special_answers_and_bands(catalog: Catalog) -> None:
    scale = catalog.scale
    assert list(scale.values) == sorted(scale.values)
    assert 3 <= len(scale.values) <= 7
    special = {answer.key: answer for answer in scale.special}
    assert set(special) == {"dont-know", "not-applicable"}
    assert special["not-applicable"].requires_reason
    assert not special["dont-know"].requires_reason
    in_bands = [value for band in scale.bands for value in band.levels]
    assert sorted(in_bands) == list(scale.values)  # every level in exactly one band
    assert scale.band_for("dont-know") is not None
    assert all(isinstance(v, int) for band in scale.bands for v in band.levels)


def test_bundled_paths_are_inside_the_installed_package() -> None:
    import yhdyspinta_cli

    package = Path(yhdyspinta_cli.__file__).resolve().parent
    for path in resources.bundled_checklist_paths():
        assert package in path.resolve().parents
        assert path.resolve().parent != (REPO / "checklists").resolve()
