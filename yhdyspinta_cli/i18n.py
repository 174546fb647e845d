"""Languages, and the user-facing words of the tool in Finnish, Swedish and English."""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}  # each in its own language


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), if it is one we speak."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        code = value.split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return None


def resolve_language(
    option: str | None, configured: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """`--lang` first, then the project config, then the locale, then Finnish."""
    return option or configured or language_from_env(environ) or DEFAULT_LANGUAGE


MESSAGES: dict[str, dict[str, str]] = {
    "recommendation": {"fi": "Suositus", "sv": "Rekommendation", "en": "Recommendation"},
    "checklist": {"fi": "Tarkistuslista", "sv": "Checklista", "en": "Checklist"},
    "items": {"fi": "Kohtia", "sv": "Punkter", "en": "Items"},
    "item": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "version": {"fi": "Versio", "sv": "Version", "en": "Version"},
    "origin": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "bundled": {"fi": "kansallinen", "sv": "nationell", "en": "national"},
    "regional": {"fi": "alueellinen", "sv": "regional", "en": "regional"},
    "question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "guidance": {"fi": "Miksi ja miten", "sv": "Varför och hur", "en": "Why and how"},
    "levels": {"fi": "Tasot", "sv": "Nivåer", "en": "Levels"},
    "actors": {"fi": "Toimijat", "sv": "Aktörer", "en": "Actors"},
    "roles": {"fi": "Roolit", "sv": "Roller", "en": "Roles"},
    "legal": {"fi": "Lainsäädäntö", "sv": "Lagstiftning", "en": "Legislation"},
    "evidence": {"fi": "Näyttöä voi olla", "sv": "Belägg kan vara", "en": "Evidence could be"},
    "source_text": {
        "fi": "Suosituksen teksti",
        "sv": "Rekommendationens text",
        "en": "Source text",
    },
    "total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "scale": {"fi": "Asteikko", "sv": "Skala", "en": "Scale"},
    "answered": {"fi": "Vastattu", "sv": "Besvarade", "en": "Answered"},
    "dont_know": {"fi": "En osaa sanoa", "sv": "Vet inte", "en": "Don't know"},
    "not_applicable": {"fi": "Ei koske", "sv": "Ej tillämplig", "en": "Not applicable"},
    "unanswered": {"fi": "Vastaamatta", "sv": "Obesvarade", "en": "Unanswered"},
    "divergent": {"fi": "Näkemykset eroavat", "sv": "Olika syn", "en": "Views differ"},
    "missing_target_column": {"fi": "Tavoite puuttuu", "sv": "Mål saknas", "en": "Missing target"},
    "missing_target_list": {
        "fi": "Tavoite puuttuu (jatka arviointia tai anna --target)",
        "sv": "Mål saknas (fortsätt bedömningen eller ange --target)",
        "en": "Missing target (resume the walk or give --target)",
    },
    "to_discuss": {
        "fi": "Keskusteltavaksi (arviot eroavat 2 tasoa tai enemmän)",
        "sv": "Att diskutera (bedömningarna skiljer sig med 2 nivåer eller mer)",
        "en": "To discuss (ratings differ by 2 levels or more)",
    },
    # The workshop walk.
    "progress": {
        "fi": "Suositus {rec}/{recs} · kohta {item}/{items} · vastattu {done}/{total}",
        "sv": "Rekommendation {rec}/{recs} · punkt {item}/{items} · besvarat {done}/{total}",
        "en": "Recommendation {rec}/{recs} · item {item}/{items} · answered {done}/{total}",
    },
    "ask_current": {"fi": "Nykyinen taso", "sv": "Nuvarande nivå", "en": "Current level"},
    "ask_consensus": {
        "fi": "Yhteinen näkemys nykyisestä tasosta",
        "sv": "Gemensam syn på nuvarande nivå",
        "en": "Agreed current level",
    },
    "ask_target": {"fi": "Tavoitetaso", "sv": "Målnivå", "en": "Target level"},
    "ask_rating": {
        "fi": "{org}: oma arvio",
        "sv": "{org}: egen bedömning",
        "en": "{org}: own rating",
    },
    "ask_note": {
        "fi": "Muistiinpano (vapaaehtoinen)",
        "sv": "Anteckning (frivillig)",
        "en": "Note (optional)",
    },
    "ask_evidence": {
        "fi": "Näyttö (vapaaehtoinen; erota puolipisteellä)",
        "sv": "Belägg (frivilligt; skilj med semikolon)",
        "en": "Evidence (optional; separate with semicolons)",
    },
    "typed_character": {
        "fi": "Merkkiä {code} ei voi tallentaa tiedostoon (ohjausmerkki tai ei-merkki). "
        "Kirjoita vastaus uudelleen ilman sitä; mitään ei tallennettu.",
        "sv": "Tecknet {code} kan inte sparas i filen (ett styrtecken eller icke-tecken). "
        "Skriv svaret igen utan det; inget sparades.",
        "en": "The character {code} cannot be kept in the file (a control character or "
        "noncharacter). Type the answer again without it; nothing was saved.",
    },
    "typed_personal_data": {
        "fi": "Vastauksessa näyttää olevan henkilötietoja (henkilötunnus, puhelinnumero tai "
        "henkilökohtainen sähköposti). Niitä ei saa tallentaa: kirjoita vastaus uudelleen "
        "ilman niitä; mitään ei tallennettu.",
        "sv": "Svaret verkar innehålla personuppgifter (personbeteckning, telefonnummer eller "
        "personlig e-post). De får inte sparas: skriv svaret igen utan dem; inget sparades.",
        "en": "The answer looks like it holds personal data (an identity code, a phone number "
        "or a personal email address). It must not be kept: type the answer again without "
        "it; nothing was saved.",
    },
    "ask_reason": {
        "fi": "Miksi kohta ei koske teitä?",
        "sv": "Varför gäller punkten inte er?",
        "en": "Why does the item not apply to you?",
    },
    "ask_jump": {
        "fi": "Siirry kohtaan tai suositukseen (esim. S2 tai S2.3; tyhjä = pysy)",
        "sv": "Gå till punkt eller rekommendation (t.ex. S2 eller S2.3; tomt = stanna)",
        "en": "Go to an item or recommendation (e.g. S2 or S2.3; empty = stay)",
    },
    "jump_unknown": {
        "fi": "Ei kohtaa eikä suositusta {typed}: kirjoita esim. S2 tai S2.3.",
        "sv": "Ingen punkt eller rekommendation {typed}: skriv t.ex. S2 eller S2.3.",
        "en": "No item or recommendation {typed}: type e.g. S2 or S2.3.",
    },
    "reason_needed": {
        "fi": "Kirjoita syy, miksi kohta ei koske teitä.",
        "sv": "Skriv varför punkten inte gäller er.",
        "en": "Write why the item does not apply to you.",
    },
    "so_far": {"fi": "Vastaus nyt", "sv": "Svaret nu", "en": "Answer so far"},
    "missing_target": {
        "fi": "tavoite puuttuu",
        "sv": "mål saknas",
        "en": "missing target",
    },
    "no_target": {
        "fi": "Ei vielä tavoitetta",
        "sv": "Inget mål ännu",
        "en": "No target yet",
    },
    "nav_back_level": {
        "fi": "Takaisin nykyiseen tasoon",
        "sv": "Tillbaka till nuvarande nivå",
        "en": "Back to the current level",
    },
    "nav_info": {"fi": "Lisätietoa", "sv": "Mer information", "en": "More information"},
    "nav_keep": {
        "fi": "Säilytä vastaus ja jatka",
        "sv": "Behåll svaret och fortsätt",
        "en": "Keep the answer and go on",
    },
    "legend_levels": {"fi": "taso", "sv": "nivå", "en": "level"},
    "legend_target": {
        "fi": "tavoite (Enter = ehdotus)",
        "sv": "mål (Enter = förslag)",
        "en": "target (Enter = suggested)",
    },
    "legend_dont_know": {"fi": "en osaa sanoa", "sv": "vet inte", "en": "don't know"},
    "legend_not_applicable": {"fi": "ei koske", "sv": "gäller inte", "en": "not applicable"},
    "legend_no_target": {
        "fi": "ei vielä tavoitetta",
        "sv": "inget mål ännu",
        "en": "no target yet",
    },
    "legend_no_rating": {"fi": "ei arviota", "sv": "ingen bedömning", "en": "no rating"},
    "legend_back": {"fi": "takaisin", "sv": "tillbaka", "en": "back"},
    "legend_skip": {"fi": "ohita", "sv": "hoppa över", "en": "skip"},
    "legend_keep": {"fi": "säilytä ja jatka", "sv": "behåll och fortsätt", "en": "keep and go on"},
    "legend_jump": {"fi": "siirry", "sv": "gå till", "en": "go to"},
    "legend_info": {"fi": "lisätietoa", "sv": "mer info", "en": "more info"},
    "legend_quit": {"fi": "lopeta", "sv": "avsluta", "en": "quit"},
    "ask_present": {
        "fi": "Ketkä ovat paikalla?",
        "sv": "Vilka är närvarande?",
        "en": "Who is present?",
    },
    "nav_back": {"fi": "Edellinen kohta", "sv": "Föregående punkt", "en": "Previous item"},
    "nav_skip": {
        "fi": "Ohita (jää vastaamatta)",
        "sv": "Hoppa över (lämnas obesvarad)",
        "en": "Skip (stays unanswered)",
    },
    "nav_jump": {
        "fi": "Siirry kohtaan tai suositukseen…",
        "sv": "Gå till punkt eller rekommendation…",
        "en": "Go to an item or recommendation…",
    },
    "nav_quit": {"fi": "Tallenna ja lopeta", "sv": "Spara och avsluta", "en": "Save and quit"},
    "skip_org": {"fi": "Ei arviota", "sv": "Ingen bedömning", "en": "No rating"},
    "spread": {
        "fi": "Arviot: {ratings} · ero {spread}",
        "sv": "Bedömningar: {ratings} · skillnad {spread}",
        "en": "Ratings: {ratings} · spread {spread}",
    },
    "discuss": {
        "fi": "Näkemykset eroavat vähintään 2 tasoa: keskustelkaa ennen yhteistä arviota.",
        "sv": "Synerna skiljer sig med minst 2 nivåer: diskutera innan ni enas.",
        "en": "Views differ by 2 levels or more: discuss before agreeing.",
    },
    "done": {
        "fi": "Kaikki kohdat käyty läpi.",
        "sv": "Alla punkter är genomgångna.",
        "en": "All items have been covered.",
    },
    "resume": {
        "fi": "Tallennettu. Jatka komennolla:",
        "sv": "Sparat. Fortsätt med:",
        "en": "Saved. Continue with:",
    },
    "ask_region": {
        "fi": "Alue tai työllisyysalue (↓ tai Tab näyttää aiemmat)",
        "sv": "Område eller sysselsättningsområde (↓ eller Tab visar tidigare)",
        "en": "Region or employment area (↓ or Tab shows earlier ones)",
    },
    "ask_org_type": {
        "fi": "Lisää organisaatio (tyyppi)",
        "sv": "Lägg till organisation (typ)",
        "en": "Add an organisation (type)",
    },
    "ask_org_name": {
        "fi": "Organisaation nimi",
        "sv": "Organisationens namn",
        "en": "Organisation name",
    },
    "ask_org_key": {
        "fi": "Lyhenne tiedostoon (pienin kirjaimin, esim. tre tai pirha)",
        "sv": "Förkortning i filen (små bokstäver, t.ex. vasa eller fpa)",
        "en": "Abbreviation in the file (lower case, e.g. tre or pirha)",
    },
    "key_format": {
        "fi": "Käytä pieniä kirjaimia a–z, numeroita ja väliviivaa, enintään 32 merkkiä.",
        "sv": "Använd små bokstäver a–z, siffror och bindestreck, högst 32 tecken.",
        "en": "Use lower-case letters a–z, digits and hyphens, at most 32 characters.",
    },
    "key_taken": {
        "fi": "Lyhenne {key} on jo käytössä: valitse toinen.",
        "sv": "Förkortningen {key} används redan: välj en annan.",
        "en": "The abbreviation {key} is already used: choose another.",
    },
    "answer_required": {
        "fi": "Tähän tarvitaan vastaus.",
        "sv": "Här behövs ett svar.",
        "en": "This needs an answer.",
    },
    "ask_county": {
        "fi": "Hyvinvointialue (kirjoita alku, ↓ tai Tab valitsee listasta; tai kirjoita oma)",
        "sv": "Välfärdsområde (skriv början, ↓ eller Tab väljer i listan; eller skriv eget)",
        "en": "Wellbeing services county (type the start, ↓ or Tab picks; or type your own)",
    },
    "ask_date": {
        "fi": "Arvioinnin päivämäärä",
        "sv": "Bedömningens datum",
        "en": "Date of the assessment",
    },
    "date_format": {
        "fi": "Kirjoita päivämäärä muodossa 31.12.2027, 31.12.27 tai 2027-12-31.",
        "sv": "Skriv datumet som 31.12.2027, 31.12.27 eller 2027-12-31.",
        "en": "Write the date as 31.12.2027, 31.12.27 or 2027-12-31.",
    },
    "date_before_start": {
        "fi": "Määräaika ei voi olla ennen aloituspäivää {start}.",
        "sv": "Deadline kan inte vara före startdatumet {start}.",
        "en": "The due date cannot be before the start date {start}.",
    },
    "ask_facilitator": {
        "fi": "Fasilitaattori (vapaaehtoinen; rooli tai nimi)",
        "sv": "Facilitator (frivilligt; roll eller namn)",
        "en": "Facilitator (optional; role or name)",
    },
    "outside_change": {
        "fi": "{path} muuttui levyllä kesken työpajan (git pull tai toinen ohjelma), eikä sitä "
        "kirjoitettu yli. Tämän istunnon vastaukset ovat tiedostossa {sidecar}: vertaa ne ja "
        "yhdistä tarvittavat.",
        "sv": "{path} ändrades på disken under workshoppen (git pull eller ett annat program) och "
        "skrevs inte över. Svaren från den här sessionen finns i {sidecar}: jämför dem och för "
        "över det som behövs.",
        "en": "{path} changed on disk during the workshop (a git pull or another program) and was "
        "not overwritten. This session's answers are in {sidecar}: compare and keep what you "
        "need.",
    },
    "orgs_done": {"fi": "Valmis", "sv": "Klart", "en": "Done"},
    "ask_language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "ask_file": {"fi": "Tiedosto", "sv": "Fil", "en": "File"},
    "plan_ask": {"fi": "Toimenpiteet", "sv": "Åtgärder", "en": "Actions"},
    "plan_gap": {
        "fi": "Nyt {current}, tavoite {target}, kuilu {gap}",
        "sv": "Nu {current}, mål {target}, gap {gap}",
        "en": "Now {current}, target {target}, gap {gap}",
    },
    "plan_actions": {"fi": "toimenpiteet", "sv": "åtgärder", "en": "actions"},
    "plan_add": {"fi": "Lisää toimenpide", "sv": "Lägg till åtgärd", "en": "Add an action"},
    "plan_edit": {"fi": "Muokkaa", "sv": "Redigera", "en": "Edit"},
    "plan_next": {"fi": "Seuraava kuilu", "sv": "Nästa gap", "en": "Next gap"},
    "plan_title": {"fi": "Toimenpide (lyhyesti)", "sv": "Åtgärd (kort)", "en": "Action (short)"},
    "plan_owner": {"fi": "Vastuuorganisaatio", "sv": "Ansvarig organisation", "en": "Owner"},
    "plan_responsible": {
        "fi": "Vastuuhenkilö tai -rooli",
        "sv": "Ansvarsperson eller roll",
        "en": "Responsible person or role",
    },
    "plan_due": {
        "fi": "Määräaika (esim. 31.12.2027, vapaaehtoinen)",
        "sv": "Deadline (t.ex. 31.12.2027, frivillig)",
        "en": "Due date (e.g. 31.12.2027, optional)",
    },
    "plan_status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "status_planned": {"fi": "suunniteltu", "sv": "planerad", "en": "planned"},
    "status_in-progress": {"fi": "käynnissä", "sv": "pågår", "en": "in progress"},
    "status_done": {"fi": "valmis", "sv": "klar", "en": "done"},
    "status_cancelled": {"fi": "peruttu", "sv": "inställd", "en": "cancelled"},
    "plan_measure": {
        "fi": "Onnistumisen mittari (vapaaehtoinen)",
        "sv": "Mått på framgång (frivilligt)",
        "en": "Success measure (optional)",
    },
    "hint_select": {
        "fi": "(numero tai kirjain valitsee heti; tai nuolet ja Enter)",
        "sv": "(en siffra eller bokstav väljer direkt; eller pilar och Enter)",
        "en": "(a digit or letter chooses at once; or arrows and Enter)",
    },
    "hint_checkbox": {
        "fi": "(numero tai välilyönti valitsee tai poistaa, Enter hyväksyy)",
        "sv": "(siffra eller mellanslag markerar eller avmarkerar, Enter godkänner)",
        "en": "(a digit or space toggles, Enter accepts)",
    },
    # `check`: the summary after the problems.
    "check_addressed": {
        "fi": "Suositukset: {done}/{total} käsitelty.",
        "sv": "Rekommendationer: {done}/{total} behandlade.",
        "en": "Recommendations: {done}/{total} addressed.",
    },
    "check_not_addressed": {
        "fi": "Käsittelemättä: {names}.",
        "sv": "Inte behandlade: {names}.",
        "en": "Not addressed: {names}.",
    },
    "check_items": {
        "fi": "{done}/{total} kohtaa",
        "sv": "{done}/{total} punkter",
        "en": "{done}/{total} items",
    },
    "check_totals": {
        "fi": "Tarkistettu: tiedostoja {files}, virheitä {errors}, varoituksia {warnings}.",
        "sv": "Kontrollerat: filer {files}, fel {errors}, varningar {warnings}.",
        "en": "Checked: files {files}, errors {errors}, warnings {warnings}.",
    },
    "check_none": {
        "fi": "Ei tarkistettavia arviointitiedostoja.",
        "sv": "Inga bedömningsfiler att kontrollera.",
        "en": "No assessment files to check.",
    },
}


def message(key: str, lang: str) -> str:
    """One word or phrase of the interface in `lang`."""
    return MESSAGES[key][lang]
