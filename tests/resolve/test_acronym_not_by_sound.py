"""An acronym is read by its letters, not by its sound: 'GNA' is not the Arabic word قناة
('channel') of a TV station's name, whatever the romanised Arabic sounds like. The document's
definition, its initials, or the gazetteers' names decide (normx.resolve.acronyms)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [  # canonical names only; a station whose Arabic name is 'channel 218'
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
    Record("org:218-tv", "ORG", "218 TV", "قناة 218"),
    Record("org:gnc", "ORG", "General National Congress", "المؤتمر الوطني العام"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _links(text: str) -> list[tuple[str, str | None, str]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id, m.method) for m in doc.mentions]


def test_the_matcher_alone_hears_gna_in_the_arabic_word_for_channel():
    # the premise: without the acronym rules, the sound-alike is a confident match
    best = Normalizer.from_records(RECORDS).match("GNA", top=1)
    assert best and best[0].id == "org:218-tv" and best[0].method == "cross-script"


def test_a_defined_acronym_beats_a_sound_alike_link():
    text = (
        "The Government of National Accord (GNA) met in Tripoli. "
        "Later the GNA said the talks would go on."
    )
    gna = [(t, i) for t, i, m in _links(text) if t == "GNA"]
    assert gna == [("GNA", "org:gna"), ("GNA", "org:gna")]


def test_an_acronym_the_gazetteer_names_spell_beats_a_sound_alike_link():
    links = _links("Forces loyal to the GNA advanced south of Tripoli.")
    assert ("GNA", "org:gna", "acronym") in links


def test_a_sound_alike_link_is_dropped_when_no_acronym_rule_applies():
    # nothing spells 'GNA' here, and a lone acronym's likeness to a name is chance: it stays
    # unlinked rather than wrong (normx.resolve.decision.lone_word_by_chance)
    records = [r for r in RECORDS if r.id != "org:gna"]
    doc = Normalizer.from_records(records).canonicalize("The GNA said the talks would go on.")
    before = Normalizer.from_records(records).match("GNA", top=1)
    assert before and before[0].id == "org:218-tv"  # the matcher alone still hears it
    got = [(m.text, m.id) for m in doc.mentions if m.text == "GNA"]
    assert got == [("GNA", None)]
