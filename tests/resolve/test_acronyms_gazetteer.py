"""Acronyms no mention of the document explains: the gazetteers' names (rule 3 of
normx.resolve.acronyms), dotted abbreviations, and acronyms that open a longer name."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:un", "ORG", "United Nations", "الأمم المتحدة"),
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("org:unsmil", "ORG", "United Nations Support Mission in Libya", "بعثة الأمم المتحدة"),
    Record("loc:uk", "LOC", "United Kingdom", "المملكة المتحدة"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("org:nor", "ORG", "National Oil Reserve", "احتياطي النفط الوطني"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_dotted_abbreviation_is_the_body_whose_name_it_abbreviates():
    text = "The U.N. envoy arrived in Tripoli on Monday."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    un = [m for m in doc.mentions if m.id == "org:un"]
    assert [(m.text, text[m.start : m.end]) for m in un] == [("U.N.", "U.N.")]
    assert un[0].method == "acronym" and un[0].evidence["acronym"] == "gazetteer"
    assert "The U.N. envoy" in doc.rewritten  # acronyms keep their spelling


def test_an_acronym_spelling_one_bodys_name_links_without_a_definition():
    assert ("UNSMIL", "org:unsmil") in _mentions("UNSMIL said it was concerned by the clashes.")


def test_an_acronym_two_bodies_spell_stays_unlinked():
    # National Oil Corporation and National Oil Reserve both make NOC's and NOR's content
    # initials differ, but "NO" (content words without the last) is nobody's: use NOC/NOR
    # only where exactly one body spells it
    found = dict(_mentions("The NOC and the NOR met in Tripoli."))
    assert found.get("NOC") == "org:noc" and found.get("NOR") == "org:nor"
    ambiguous = [
        *RECORDS,
        Record("org:noc2", "ORG", "Northern Oil Company", "شركة نفط الشمال"),
    ]
    doc = Normalizer.from_records(ambiguous).canonicalize("The NOC met in Tripoli.")
    assert all(m.id is None for m in doc.mentions if m.text == "NOC")


def test_a_place_is_an_acronym_only_when_written_with_dots():
    assert ("U.K.", "loc:uk") in _mentions("The U.K. embassy reopened in Tripoli.")
    assert ("UK", "loc:uk") not in _mentions("The UK embassy reopened in Tripoli.")


def test_an_acronym_that_opens_a_longer_name_is_that_name():
    text = "The U.N. Security Council extended the mission."
    assert _mentions(text)[0] == ("U.N. Security Council", "org:unsc")


def test_two_capitals_or_a_line_in_capitals_are_no_gazetteer_acronym():
    records = [*RECORDS, Record("org:ansar", "ORG", "Ansar al-Sharia", "أنصار الشريعة")]
    nz = Normalizer.from_records(records)
    doc = nz.canonicalize("Fighters of the AS group left Tripoli.")  # 'AS' spells Ansar al-Sharia
    assert all(m.id != "org:ansar" for m in doc.mentions)
    text = "CLASHES NEAR TRIPOLI AS UNSMIL CALLS FOR TALKS\nUNSMIL said more."
    linked = [(m.text, m.start) for m in nz.canonicalize(text).mentions if m.id == "org:unsmil"]
    assert linked == [("UNSMIL", text.index("UNSMIL said"))]  # not the headline's
