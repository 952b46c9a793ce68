"""A demonym followed by a lower-case body head ("the Libyan navy") is that people's body when
an organisation's names hold both words; heads that name any side's troops ("forces", "army")
and bodies no name holds stay unlinked."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:libyan-navy", "ORG", "Libyan Navy", "القوات البحرية الليبية"),
    Record(
        "org:lna",
        "ORG",
        "Libyan National Army",
        "الجيش الوطني الليبي",
        aliases_en=("Libyan Arab Armed Forces",),
    ),
    Record("org:italian-navy", "ORG", "Italian Navy", "البحرية الإيطالية"),
]


_links = pairs_for(RECORDS)


def test_a_demonym_and_a_lower_case_head_name_the_peoples_body():
    assert _links("The boats belong to the Libyan navy, a spokesman said.") == [
        ("Libyan navy", "org:libyan-navy")
    ]


def test_troops_and_unknown_bodies_are_not_read_so():
    found = _links("Libyan forces and the Libyan army met the Libyan government.")
    assert all(link is None for _, link in found)


COAST_GUARD = [
    Record("org:libyan-coast-guard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
]


def test_a_glued_head_is_its_parts():
    # "coastguard" is "coast guard" glued: the names hold both parts
    doc = Normalizer.from_records(COAST_GUARD).canonicalize(
        "The Libyan coastguard intercepted a boat off Tunisia."
    )
    assert [(m.text, m.id) for m in doc.mentions] == [
        ("Libyan coastguard", "org:libyan-coast-guard"),
        ("Tunisia", "loc:tunisia"),
    ]


def test_a_glued_head_of_another_people_stays_unlinked():
    doc = Normalizer.from_records(COAST_GUARD).canonicalize(
        "The Tunisian coastguard intercepted a boat off Tunisia."
    )
    assert not any(m.id == "org:libyan-coast-guard" for m in doc.mentions)


AIRLINES = [Record("org:libyan-airlines", "ORG", "Libyan Airlines", "الخطوط الجوية الليبية")]


def test_a_plural_head_is_the_peoples_bodies_not_one_named_so():
    """ "Libyan airlines" are the country's carriers, not the carrier Libyan Airlines; the
    capitalised name still links."""
    links = pairs_for(AIRLINES)
    found = links("The ban on Libyan airlines has lasted since 2014.")
    assert all(link is None for _, link in found)
    assert links("Libyan Airlines said so.") == [("Libyan Airlines", "org:libyan-airlines")]
