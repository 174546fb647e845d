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
from yhdyspinta_cli.checklist.catalog import Catalog, load_catalog
from yhdyspinta_cli.checklist.model import Item, Text

LANGS = ("fi", "sv", "en")
BULLETS = {1: 5, 2: 5, 3: 4, 4: 5}  # recommendation: number of bullets in the source document
ALL_BULLETS = [f"{n}.{b}" for n, count in BULLETS.items() for b in range(1, count + 1)]
ITEM_ID = re.compile(r"^(S[1-4]|T1)\.[0-9]+[a-z]?$")
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
    """The items of the recommendation checklists (S1-S4), which follow the source's bullets."""
    for data in checklist_files().values():
        if data.get("recommendation") is not None:
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


def test_the_four_recommendations_are_bundled_in_order_then_the_theme_checklist(
    catalog: Catalog,
) -> None:
    bundled = [c for c in catalog.checklists if c.bundled]
    assert [c.id for c in bundled] == ["S1", "S2", "S3", "S4", "T1"]
    assert [c.recommendation for c in bundled] == [1, 2, 3, 4, None]
    assert [c.required for c in bundled] == [True, True, True, True, False]


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
            assert text[lang].strip(), f"{where}: empty {lang}"


def test_translations_are_not_copies_of_the_finnish(catalog: Catalog) -> None:
    """A Finnish text pasted into `sv:` or `en:` passes the schema but is still untranslated."""
    for where, text in iter_model_texts(catalog):
        if len(text["fi"]) > 30:
            assert normalise(text["sv"]) != normalise(text["fi"]), (
                f"{where}: sv is the Finnish text"
            )
            assert normalise(text["en"]) != normalise(text["fi"]), (
                f"{where}: en is the Finnish text"
            )
            assert normalise(text["en"]) != normalise(text["sv"]), (
                f"{where}: en is the Swedish text"
            )


def test_swedish_uses_kontaktytor_never_granssnitt_words(catalog: Catalog) -> None:
    swedish = [t["sv"] for _, t in iter_model_texts(catalog)]
    swedish += list(i18n.words("sv").values())
    for data in bundled_yaml().values():
        swedish += [v["sv"] for _, v in iter_texts(data) if isinstance(v, dict) and "sv" in v]
    assert swedish
    offending = [text for text in swedish if "gränsyt" in text.lower()]
    assert not offending


def test_swedish_names_of_the_actors_are_the_official_terms(catalog: Catalog) -> None:
    names = {term.key: term.label["sv"] for term in catalog.vocabulary.actors}
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
        key = normalise(text["fi"])
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


def test_bundled_paths_are_the_checkouts_in_an_editable_install() -> None:
    """The tests run against this checkout: an edit to checklists/s1.yaml shows at once."""
    import yhdyspinta_cli

    package = Path(yhdyspinta_cli.__file__).resolve().parent
    assert package.parent == REPO, "the tests must run against the source: pip install -e ."
    paths = [path.resolve() for path in resources.bundled_checklist_paths()]
    assert paths == sorted((REPO / "checklists").resolve().glob("*.yaml"))


# Checklists 1.1 (issue 12): every correction of the expert review is pinned by a test that fails
# if the old text comes back, and the new items and the theme checklist are complete.

TYM_NAME = {  # the statutory name; Swedish inflects it ("vars samarbetsmodell för ...")
    "fi": "työllistymistä edistävän monialaisen tuen yhteistoimintamalli",
    "sv": "för sektorsövergripande stöd som främjar sysselsättningen",
    "en": "cooperation model for multi-sector employment support",
}
NEW_ITEMS = {  # item id: the bullets it serves
    "S1.2b": "1.2",
    "S2.2c": "2.2",
    "S2.2d": "2.2",
    "S4.2b": "4.2",
    "S4.5b": "4.5",
}
LEVEL_5_MADE_SPECIFIC = [
    "S1.2", "S1.4c", "S1.4d", "S1.5", "S2.1", "S2.2a", "S3.2", "S3.4", "S4.3a", "S4.3b"
]  # fmt: skip


def item(catalog: Catalog, item_id: str) -> Item:
    found = catalog.item(item_id)
    assert found is not None, f"no item {item_id}"
    return found


def all_texts(catalog: Catalog, lang: str) -> list[tuple[str, str]]:
    return [(where, normalise(text.get(lang))) for where, text in iter_model_texts(catalog)]


def texts_of(it: Item, lang: str) -> str:
    """Question, guidance, levels and evidence of one item, normalised, in one language."""
    parts = [it.question, it.guidance, *it.levels.values(), *it.evidence]
    return " ".join(normalise(part.get(lang)) for part in parts)


def test_every_bundled_file_is_version_1_1_0() -> None:
    for name, data in bundled_yaml().items():
        assert data["version"] == "1.1.0", name


def test_scale_labels_mean_the_same_in_three_languages(catalog: Catalog) -> None:  # [1]
    five, two = catalog.scale.level(5).label, catalog.scale.level(2).label
    assert (five["fi"], five["sv"], five["en"]) == (
        "Jatkuvasti kehittyvä", "Utvecklas kontinuerligt", "Continuously improving"
    )  # fmt: skip
    assert (two["fi"], two["sv"], two["en"]) == ("Satunnainen", "Sporadiskt", "Ad hoc")
    assert all(level.label["fi"] != "Kehittyvä" for level in catalog.scale.levels)


def test_swedish_names_the_youth_one_stop_service_samservicen_for_unga(catalog: Catalog) -> None:
    swedish = all_texts(catalog, "sv")  # [2]
    assert not [where for where, text in swedish if "navigatorn" in text]
    assert any("samservicen för unga" in text for _, text in swedish)
    for where, text in iter_model_texts(catalog):
        if "ohjaamo-tyyppi" in text["fi"].lower():
            assert "navigatortyp" in text["sv"].lower(), where


def test_the_tym_model_has_its_statutory_name(catalog: Catalog) -> None:  # [3]
    for lang, wrong in {
        "fi": (
            "monialaisesta yhteistoimintamallista (tym)", "yhteistyömalli (tym)",
            "monialainen yhteistoimintamalli", "tym-yhteistoimintamalli",
        ),
        "sv": ("sektorsövergripande samarbetsmodell",),
        "en": ("support model",),
    }.items():  # fmt: skip
        for where, text in all_texts(catalog, lang):
            assert not any(w in text for w in wrong), f"{where} ({lang}): {text[:80]}"
    s4 = catalog.checklist("S4")
    assert s4 is not None
    named = [
        s4.description,
        *(item(catalog, i).guidance for i in ("S1.1a", "S2.4", "S3.3a", "S3.4")),
    ]
    for text in named:
        for lang, name in TYM_NAME.items():
            assert name in normalise(text.get(lang)), f"{lang}: {text.get(lang)[:80]}"


def test_s2_4_asks_about_all_employment_cooperation_processes(catalog: Catalog) -> None:  # [4]
    question = item(catalog, "S2.4").question
    assert "yhteistyöprosessit" in question["fi"]
    for example in ("TYM", "nuorten yhteispalvelu", "kotoutumispalvelut", "työllisyyspalvelut"):
        assert example in question["fi"]
    assert "samservicen för unga" in question["sv"] and "integration" in question["en"]


def test_s1_4a_is_split_into_statutory_agreements_and_own_models(catalog: Catalog) -> None:  # [5]
    assert catalog.item("S1.4a") is None
    statutory, own = item(catalog, "S1.4c"), item(catalog, "S1.4d")
    assert (statutory.split_from, own.split_from) == ("S1.4a", "S1.4a")
    assert (statutory.added, own.added) == ("1.1.0", "1.1.0")
    assert {"611-2021-14", "612-2021-6-7", "381-2023"} <= set(statutory.legal)
    assert (
        "Arvioikaa vain" in statutory.guidance["fi"]
    )  # only the agreements that apply to the group
    assert "käyty" in statutory.levels[4]["fi"]
    assert "lakisääteisten sopimusten lisäksi" in own.question["fi"]


def test_s4_1c_level_3_accepts_an_established_practice(catalog: Catalog) -> None:  # [6]
    three = item(catalog, "S4.1c").levels[3]
    assert "kirjallisesti tai vakiintuneena käytäntönä" in normalise(three["fi"])
    assert "skriftligt eller som en etablerad praxis" in normalise(three["sv"])
    assert "in writing or as an established practice" in normalise(three["en"])


def test_finnish_wording_fixes_stay(catalog: Catalog) -> None:  # [7]
    finnish = " ".join(text for _, text in all_texts(catalog, "fi"))
    for wrong in (
        "vähäiset vastinparit", "eskalointi", "intrassa", "(intra,", "toistuvat keskeytykset",
        "neuvottelu on tehty", "ja tym-sopimus on tehty",
    ):  # fmt: skip
        assert wrong not in finnish, wrong
    assert "liian vähän hyvinvointialueen vastinpareja" in texts_of(item(catalog, "S2.5b"), "fi")
    assert "liian vähän vastinpareja" in texts_of(item(catalog, "S4.5"), "fi")
    assert "sovittu käsittelypolku ongelmatilanteille" in texts_of(item(catalog, "S2.5b"), "fi")
    assert "intranetissä" in texts_of(item(catalog, "S4.4"), "fi")
    assert "toistuvasti keskeytyvät palvelut" in texts_of(item(catalog, "S4.1b"), "fi")


def test_s3_addresses_the_group_as_plural_you(catalog: Catalog) -> None:  # [8]
    s3 = catalog.checklist("S3")
    assert s3 is not None
    we = {
        "fi": r"\b(meillä|olemme|tunnemme|emme|arvaamme)\b",
        "sv": r"\bvi\b",
        "en": r"\b(we|our)\b",
    }
    you = {"fi": r"\b(teillä|olette|tunnette)\b", "sv": r"\bni\b", "en": r"\byou\b"}
    for it in s3.items:
        for lang in LANGS:
            question = normalise(it.question.get(lang))
            assert re.search(you[lang], question), f"{it.id} ({lang}): {question}"
            for text in (question, normalise(it.levels[1].get(lang))):
                assert not re.search(we[lang], text), f"{it.id} ({lang}): {text}"


def test_s4_3b_guidance_follows_the_statute(catalog: Catalog) -> None:  # [9]
    guidance = item(catalog, "S4.3b").guidance
    assert "2 §" in guidance["fi"] and "työttömän palvelutarpeen" in normalise(guidance["fi"])
    assert "seuraavat prosessin etenemistä" in normalise(guidance["fi"])
    assert "monialaista palvelutarvetta" not in guidance["fi"]
    assert "unemployed person's service need" in normalise(guidance["en"])
    assert "den arbetslösas servicebehov" in normalise(guidance["sv"])


def test_s4_1a_uses_the_statutory_assessment_term(catalog: Catalog) -> None:  # [10]
    text = texts_of(item(catalog, "S4.1a"), "fi")
    assert "osaamisen ja kotoutumisen palvelutarpeen arvioin" in text
    assert "monialais" in text


def test_the_missing_legal_keys_are_there(catalog: Catalog) -> None:  # [11]
    assert "612-2021-6-7" in item(catalog, "S1.4c").legal
    assert "612-2021-6-7" in item(catalog, "S2.3").legal
    assert "189-2001" in item(catalog, "S4.3a").legal
    assert "189/2001" in item(catalog, "S4.3a").guidance["fi"]
    guidance = item(catalog, "S4.1c").guidance
    assert "Hyvä käytäntö on myös tehdä TYM:n yhteinen palvelujen suunnittelu" in normalise(
        guidance["fi"]
    ).replace("hyvä", "Hyvä").replace("tym:n", "TYM:n")
    assert "(381/2023) tehdään asiakkaan kanssa" not in guidance["fi"]
    assert "is done with the client" not in guidance["en"]


def test_english_wording_fixes_stay(catalog: Catalog) -> None:  # [12]
    english = all_texts(catalog, "en")
    assert not [where for where, text in english if "wellbeing county" in text]
    assert not [where for where, text in english if "odd figures" in text]
    assert not [where for where, text in english if "name together" in text]
    assert "isolated figures" in texts_of(item(catalog, "S3.3a"), "en")
    assert "could not jointly name them" in texts_of(item(catalog, "S1.1a"), "en")


def test_swedish_wording_fixes_stay(catalog: Catalog) -> None:  # [13]
    s2 = catalog.checklist("S2")
    assert s2 is not None
    assert "gemensamt syfte" in normalise(s2.description["sv"])
    assert "gemensamt syfte" in normalise(item(catalog, "S2.1").question["sv"])
    assert "föreningar och organisationer" in texts_of(item(catalog, "S4.1b"), "sv")
    assert "vem som ansvarar för dem" in normalise(item(catalog, "S3.1").question["sv"])
    swedish = " ".join(text for _, text in all_texts(catalog, "sv"))
    for wrong in ("enligt lagen 381/2023", "träffar bättre", "yrkesfolket"):
        assert wrong not in swedish, wrong
    assert "enligt lag 381/2023" in texts_of(item(catalog, "S3.3b"), "sv")
    assert "blir mer träffsäkra" in texts_of(item(catalog, "S3.3c"), "sv")


@pytest.mark.parametrize("item_id", LEVEL_5_MADE_SPECIFIC)
def test_level_5_names_a_measure_or_rhythm_of_its_own(catalog: Catalog, item_id: str) -> None:
    five = item(catalog, item_id).levels[5]  # [14]
    generic = catalog.scale.level(5).description
    assert re.search(r"esim\.|vuodessa|vuosittain|valtuustokau", five["fi"]), five["fi"]
    for lang in LANGS:
        similarity = difflib.SequenceMatcher(
            None, normalise(five.get(lang)), normalise(generic.get(lang))
        ).ratio()
        assert similarity < 0.5, f"{item_id} level 5 ({lang}) is close to the scale's"


def test_level_gaps_and_double_conditions_are_gone(catalog: Catalog) -> None:  # [14]
    assert "eikä" not in item(catalog, "S4.4").levels[3]["fi"]
    assert "TYM-sopimus" not in item(catalog, "S4.3b").levels[1]["fi"]
    assert "agreement" not in item(catalog, "S4.3b").levels[1]["en"]
    for item_id in ("S2.3", "S3.4", "S4.2"):  # two things in one question: say what to score
        assert "Arvioikaa" in item(catalog, item_id).question["fi"], item_id
        assert "Bedöm" in item(catalog, item_id).question["sv"], item_id
        assert "Score" in item(catalog, item_id).question["en"], item_id


def test_evidence_names_documents_that_exist(catalog: Catalog) -> None:  # [15]
    evidence = [e["fi"] for it in catalog.iter_items() for e in it.evidence]
    assert not [e for e in evidence if "yhdenvertaisuusarvio" in e.lower()]
    assert any("Yhdenvertaisuussuunnitelma" in e for e in evidence)
    s3 = catalog.checklist("S3")
    assert s3 is not None
    s3_text = " ".join(texts_of(it, "fi") for it in s3.items)
    for source in ("sotkanet", "kelasto", "työllisyyskatsaus", "ammattibarometri"):
        assert source in s3_text, source


def test_leadership_items_name_the_leadership_roles(catalog: Catalog) -> None:  # [16]
    s2 = catalog.checklist("S2")
    assert s2 is not None
    for it in s2.items:
        assert {"paattajat", "ylin_johto", "toimialajohto"} <= set(it.roles), it.id


def test_source_text_marks_omissions(catalog: Catalog) -> None:  # [17]
    for item_id in ("S4.1a", "S4.1b", "S4.3a", "S4.3b", "S1.4b"):
        assert "– –" in (item(catalog, item_id).source_text or ""), item_id
    for it in catalog.iter_items():
        assert "…" not in (it.source_text or ""), it.id


@pytest.mark.parametrize("item_id", sorted(NEW_ITEMS))
def test_new_item_is_complete(catalog: Catalog, item_id: str) -> None:
    it = item(catalog, item_id)
    assert it.added == "1.1.0"
    assert it.bullet == NEW_ITEMS[item_id]
    assert it.source_text
    assert it.actors and it.roles and it.legal and len(it.evidence) >= 3
    assert sorted(it.levels) == list(catalog.scale.values)


def test_the_client_data_item_cites_the_verified_data_protection_law(catalog: Catalog) -> None:
    data_item = item(catalog, "S4.2b")
    assert {"eu-2016-679", "1050-2018", "703-2023", "381-2023"} <= set(data_item.legal)
    labels = {term.key: term.label for term in catalog.vocabulary.legal}
    assert labels["1050-2018"]["fi"] == "Tietosuojalaki 1050/2018"
    assert labels["1050-2018"]["sv"] == "Dataskyddslag 1050/2018"
    assert "703/2023" in labels["703-2023"]["fi"] and "kunduppgifter" in labels["703-2023"]["sv"]
    assert "2016/679" in labels["eu-2016-679"]["en"]


def test_the_youth_service_item_asks_about_both_national_languages(catalog: Catalog) -> None:
    youth = item(catalog, "S4.5b")
    assert "kaksikielis" in youth.question["fi"] and "tvåspråkigt" in youth.question["sv"]
    assert "Ohjaamo-tyyppi" in youth.guidance["fi"] and "Navigatortyp" in youth.guidance["sv"]


THEMES = [
    "yhteistyörakenteissa", "terveyden edistämisessä", "lasten ja nuorten", "opiskeluhuollossa",
    "ikäihmisten", "työllisyyden", "palveluverkossa", "asumiseen", "varautumisessa",
    "kotoutumisen",
]  # fmt: skip


def test_theme_checklist_has_one_item_per_survey_theme(catalog: Catalog) -> None:
    t1 = catalog.checklist("T1")
    assert t1 is not None
    assert t1.required is False and t1.recommendation is None
    assert [it.id for it in t1.items] == [f"T1.{n}" for n in range(1, 11)]
    for it, theme in zip(t1.items, THEMES, strict=True):
        assert "työnjako" in it.question["fi"] and theme in it.question["fi"], it.id
        assert "tydlig" in it.question["sv"] and "clear" in it.question["en"]


def test_theme_checklist_is_required_only_when_the_policy_names_it(catalog: Catalog) -> None:
    from yhdyspinta_cli.check.policy import Policy

    t1, s1 = catalog.checklist("T1"), catalog.checklist("S1")
    assert t1 is not None and s1 is not None
    assert not Policy().is_required(t1)
    assert Policy(required=("T1",)).is_required(t1)
    assert Policy().is_required(s1)


def test_changelog_has_a_section_per_checklist() -> None:
    text = (REPO / "checklists" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 1.1.0" in text
    for heading in ("### S1 ", "### S2 ", "### S3 ", "### S4 ", "### T1 ", "### Scale"):
        assert heading in text, heading
