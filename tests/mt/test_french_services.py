"""French names of state services and international bodies in English copy (AFP style):
"Autorité de l'aviation civile", "Organisation de l'aviation civile internationale (OACI)",
"Douane tunisienne", "aéroport international de Tripoli", and a name that enumerates its
complements after a comma, "Union tunisienne de l'industrie, du commerce et de l'artisanat
(Utica)". The French words are glossed into Arabic (``french.words`` of
normx/mt/data/gloss.yaml), the detector reads the name whole (normx.detect.french_names), an
acronym written as a word is defined by its bracket (normx.resolve.word_acronym), and a French
acronym of the table ("AESA") links only to a body a gazetteer holds under its English or
Arabic name. Hand-written records (the bodies' own English and Arabic names, no French)."""

from __future__ import annotations

from link_pairs import pairs

from normx.detect.french_names import french_name
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:caa", "ORG", None, "مصلحة الطيران المدني"),
    Record(
        "org:icao",
        "ORG",
        "International Civil Aviation Organization",
        "منظمة الطيران المدني الدولي",
    ),
    Record(
        "org:easa",
        "ORG",
        "European Union Aviation Safety Agency",
        "وكالة الاتحاد الأوروبي لسلامة الطيران",
    ),
    Record("org:tn-customs", "ORG", "Tunisian Customs", "الديوانة التونسية"),
    Record(
        "org:utica",
        "ORG",
        "Tunisian Confederation of Industry, Trade and Handicrafts",
        "الاتحاد التونسي للصناعة والتجارة والصناعات التقليدية",
    ),
    Record("org:ugtt", "ORG", "Tunisian General Labour Union", "الاتحاد العام التونسي للشغل"),
    Record("loc:tia", "LOC", "Tripoli International Airport", "مطار طرابلس الدولي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
]


def _french(text: str, head: str) -> str | None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == head)
    found = french_name(tokens, k, k)
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


def test_civil_aviation_names_are_read_whole() -> None:
    assert _french("the Autorité de l'aviation civile said", "Autorité") == (
        "Autorité de l'aviation civile"
    )
    assert _french("The Organisation de l'aviation civile internationale said", "Organisation") == (
        "Organisation de l'aviation civile internationale"
    )


def test_a_french_authority_links_to_its_arabic_name() -> None:
    text = "The Libyan regulator, the Autorité de l'aviation civile, could not yet be audited."
    assert ("Autorité de l'aviation civile", "org:caa") in pairs(RECORDS, text)


def test_the_icao_in_french_and_its_acronym_defined_in_brackets() -> None:
    text = (
        "The Organisation de l'aviation civile internationale (OACI) estimated that the level "
        "had progressed. The OACI will audit again."
    )
    links = pairs(RECORDS, text)
    assert ("Organisation de l'aviation civile internationale", "org:icao") in links
    assert [i for t, i in links if t == "OACI"] == ["org:icao", "org:icao"]


def test_a_french_acronym_of_the_table_links_to_the_body_held_in_english() -> None:
    text = "The regulator could not yet be audited by the AESA, based in Cologne."
    assert ("AESA", "org:easa") in pairs(RECORDS, text)
    # no record holds the body under the table's names: the acronym stays unlinked
    others = [r for r in RECORDS if r.id != "org:easa"]
    assert [i for t, i in pairs(others, text) if t == "AESA"] in ([], [None])


def test_the_tunisian_customs_in_french() -> None:
    text = "On the border, the Garde nationale and the Douane tunisienne have reinforced posts."
    assert ("Douane tunisienne", "org:tn-customs") in pairs(RECORDS, text)


def test_an_airport_named_head_first_with_its_adjective() -> None:
    text = "The fighting for control of the aéroport international de Tripoli destroyed planes."
    links = pairs(RECORDS, text)
    assert ("Tripoli", "loc:tripoli") not in links
    assert any(i == "loc:tia" and "Tripoli" in t for t, i in links)


def test_a_name_that_enumerates_its_complements_after_a_comma() -> None:
    text = (
        "A member of the regional bureau of the Union tunisienne de l'industrie, du commerce "
        "et de l'artisanat (Utica) in Tunisia spoke. The Utica wants the crossing open."
    )
    links = pairs(RECORDS, text)
    name = "Union tunisienne de l'industrie, du commerce et de l'artisanat"
    assert (name, "org:utica") in links
    assert ("Union tunisienne", "org:ugtt") not in links
    # the word-acronym is defined by its bracket and links where it is used again
    assert [i for t, i in links if t == "Utica"] == ["org:utica", "org:utica"]


def test_a_comma_in_prose_still_ends_the_name() -> None:
    # no "et" closes an enumeration: "de son côté" is prose, not the body's complement
    assert _french("the Conseil de sécurité, de son côté, said", "Conseil") == "Conseil de sécurité"


def test_a_capitalised_word_in_brackets_that_no_initials_spell_is_no_acronym() -> None:
    text = (
        "A member of the Union tunisienne de l'industrie, du commerce et de l'artisanat "
        "(Tunis) spoke. Later, Utica said nothing."
    )
    links = pairs(RECORDS, text)
    assert [i for t, i in links if t == "Utica"] in ([], [None])


def test_an_english_kind_after_a_french_name_ends_it() -> None:
    records = [
        Record("org:eu", "ORG", "European Union", "الاتحاد الأوروبي"),
        Record(
            "org:eubam",
            "ORG",
            "European Union Border Assistance Mission in Libya",
            "بعثة الاتحاد الأوروبي للمساعدة الحدودية في ليبيا",
        ),
    ]
    text = "The Union européenne mission Irini, which patrols off the coast, said so."
    links = pairs(records, text)
    assert ("Union européenne", "org:eu") in links
    assert all(i != "org:eubam" for _, i in links)
    # an elided complement is French order: the name stays whole
    assert _french("the gouvernement d'union nationale said", "gouvernement") == (
        "gouvernement d'union nationale"
    )
