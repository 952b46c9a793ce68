"""A French body name keeps every lower-case word the lexicon glosses: "Armée nationale
populaire" (الجيش الوطني الشعبي, Algeria's army) is not cut to "Armée nationale" and read as
the Libyan National Army, whose Arabic name lacks الشعبي."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

LNA = Record("org:libyan-national-army", "ORG", "Libyan National Army", "الجيش الوطني الليبي")
ANP = Record(
    "org:algerian-peoples-national-army",
    "ORG",
    "Algerian People's National Army",
    "الجيش الوطني الشعبي",
)


def _found(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records([LNA, ANP]).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_the_peoples_army_keeps_populaire_and_is_never_the_libyan_army():
    found = _found("Troops of the Armée nationale populaire were deployed on Monday.")
    assert "Armée nationale populaire" in found  # one span, "populaire" kept
    assert "org:libyan-national-army" not in found.values()


def test_with_its_acronym_the_peoples_army_links():
    found = _found("Algeria deployed the Armée nationale populaire (ANP) on the border.")
    assert found.get("Armée nationale populaire") == "org:algerian-peoples-national-army"
