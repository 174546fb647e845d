"""The words of `diff` output in Finnish, Swedish and English."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str, str]] = {
    # headings and columns
    "heading": ("Muutokset", "Ändringar", "Changes"),
    "title": ("Otsikko", "Rubrik", "Title"),
    "actions": ("Toimenpiteet", "Åtgärder", "Actions"),
    "details": ("Arvioinnin tiedot", "Uppgifter om bedömningen", "Assessment details"),
    "orphaned": (
        "Poistettujen kohtien vastaukset",
        "Svar på borttagna punkter",
        "Answers to removed items",
    ),
    "none": ("Ei muutoksia.", "Inga ändringar.", "No changes."),
    "item": ("Kohta", "Punkt", "Item"),
    "action": ("Toimenpide", "Åtgärd", "Action"),
    "change": ("Muutos", "Ändring", "Change"),
    "field": ("Tieto", "Uppgift", "Field"),
    "before": ("Ennen", "Före", "Before"),
    "after": ("Nyt", "Nu", "After"),
    # kinds of change
    "added": ("lisätty", "tillagd", "added"),
    "removed": ("poistettu", "borttagen", "removed"),
    "changed": ("muutettu", "ändrad", "changed"),
    "closed": ("suljettu", "avslutad", "closed"),
    "reopened": ("avattu uudelleen", "återöppnad", "reopened"),
    "redated": ("uusi määräaika", "ny deadline", "re-dated"),
    # answer fields
    "current": ("Taso", "Nivå", "Level"),
    "target": ("Tavoite", "Mål", "Target"),
    "reason": ("Perustelu", "Motivering", "Reason"),
    "ratings": ("Arvio", "Bedömning", "Rating"),
    "note": ("Muistiinpano", "Anteckning", "Note"),
    "evidence": ("Näyttö", "Belägg", "Evidence"),
    "participants": ("Osallistujat", "Deltagare", "Participants"),
    # action fields
    "items": ("Kohdat", "Punkter", "Items"),
    "owner": ("Vastuuorganisaatio", "Ansvarig organisation", "Owner"),
    "responsible": ("Vastuuhenkilö", "Ansvarsperson", "Responsible"),
    "status": ("Tila", "Status", "Status"),
    "start": ("Aloitus", "Start", "Start"),
    "due": ("Määräaika", "Deadline", "Due"),
    "description": ("Kuvaus", "Beskrivning", "Description"),
    "measure": ("Mittari", "Mått", "Measure"),
    "notes": ("Huomiot", "Anteckningar", "Notes"),
    # the file's details
    "region": ("Alue", "Område", "Region"),
    "county": ("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
    "date": ("Päivämäärä", "Datum", "Date"),
    "language": ("Kieli", "Språk", "Language"),
    "facilitator": ("Fasilitaattori", "Facilitator", "Facilitator"),
    "organisations": ("Organisaatio", "Organisation", "Organisation"),
    "checklists": ("Tarkistuslistan versio", "Checklistans version", "Checklist version"),
    "conflicts": (
        "Ratkaisemattomat ristiriidat",
        "Olösta konflikter",
        "Unresolved merge conflicts",
    ),
}
LANGS = ("fi", "sv", "en")


def word(key: str, lang: str) -> str:
    """One word of the diff output in `lang` (Finnish for an unknown language)."""
    forms = WORDS[key]
    return forms[LANGS.index(lang)] if lang in LANGS else forms[0]


def field_label(field: str, lang: str) -> str:
    """`Taso`, or `Arvio: tre` for a field inside a mapping (`ratings.tre`)."""
    head, _, key = field.partition(".")
    label = word(head, lang) if head in WORDS else head
    return f"{label}: {key}" if key else label
