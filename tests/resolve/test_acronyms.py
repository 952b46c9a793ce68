"""Acronyms link to the entity the document names in full (normx.resolve.acronyms)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.acronyms import initials, is_acronym

RECORDS = [
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _nz():
    return Normalizer.from_records(RECORDS)


def test_what_counts_as_an_acronym():
    assert all(is_acronym(w) for w in ("GNA", "HoR", "UNSMIL", "UN"))
    assert not any(is_acronym(w) for w in ("Tripoli", "Haftar", "A", "Ho"))
    assert initials("House of Representatives") == {"HOR", "HR"}
    assert "LNA" in initials("Libyan National Army")


def test_a_defined_acronym_links_everywhere_and_stays_as_written():
    text = (
        "The Government of National Accord (GNA) rejected the offer. "
        "Later the GNA said its forces held Tripoli."
    )
    doc = _nz().canonicalize(text)
    acronyms = [m for m in doc.mentions if m.text == "GNA"]
    assert [m.id for m in acronyms] == ["org:gna", "org:gna"]
    assert all(m.method == "acronym" for m in acronyms)
    assert acronyms[0].evidence["acronym"] == "definition"
    assert doc.rewritten.count("(GNA)") == 1 and "the GNA said" in doc.rewritten


def test_initials_of_a_body_named_in_the_document():
    text = "The House of Representatives met in Tobruk. The HoR voted on Monday."
    doc = _nz().canonicalize(text)
    (hor,) = [m for m in doc.mentions if m.text == "HoR"]
    assert hor.id == "org:hor" and hor.evidence["acronym"] == "initials"


def test_an_acronym_the_document_never_spells_out_rests_on_the_gazetteers():
    # LNA is never named in full: only the gazetteers' names explain it, with less certainty
    doc = _nz().canonicalize("The LNA advanced on Tripoli.")
    lna = [m for m in doc.mentions if m.text == "LNA"]
    assert [m.id for m in lna] == ["org:lna"]
    assert lna[0].evidence["acronym"] == "gazetteer" and lna[0].score < 0.9
    doc = _nz().canonicalize("The NATO summit opened in Tripoli.")  # no body spells NATO
    assert all(m.text != "NATO" or m.id is None for m in doc.mentions)


def test_the_acronym_scan_finds_exactly_the_capitalised_words_is_acronym_accepts():
    """The one-regex scan equals "every 2-8 letter capitalised word, kept if is_acronym"."""
    import random
    import re

    from normx.resolve.acronyms import _ACRONYM_RE

    words = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")
    rng = random.Random(3)
    alphabet = "AGNRHo sa-(1_é)LNA\n'"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 24)))
        expected = [m.span() for m in words.finditer(text) if is_acronym(m.group())]
        assert [m.span() for m in _ACRONYM_RE.finditer(text)] == expected, text


def test_an_acronym_inside_a_longer_unlinked_name_or_a_linked_mention_stays_unlinked():
    from normx.resolve.acronyms import link_acronyms
    from normx.resolve.document import Mention

    text = "The Libyan National Army (LNA) met LNA Brigade chiefs; the LNA left."
    army = Mention(
        4, 24, "Libyan National Army", "org:lna", "Libyan National Army", "ORG", 1.0, "exact"
    )
    brigade = Mention(35, 46, "LNA Brigade", None, None, None, 0.0, "none")
    out = link_acronyms(text, (army, brigade))
    linked = [(m.start, m.text, m.id) for m in out if m.method == "acronym"]
    assert linked == [(26, "LNA", "org:lna"), (59, "LNA", "org:lna")]
    assert brigade in out  # the longer unlinked name keeps its acronym
    # given out of order, the same answer (the scan does not rely on sorted mentions)
    assert link_acronyms(text, (brigade, army)) == out
