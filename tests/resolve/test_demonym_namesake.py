"""A demonym before a body's name picks that country's body among namesakes ("the Greek Coast
Guard" is the Hellenic one, whose Arabic name carries اليوناني), and a generic noun after a
repeat coreference gave to that body ("which the Guard denied") follows it."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

LIBYAN = Record("org:libyan-coast-guard", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي")
HELLENIC = Record("org:hellenic-coast-guard", "ORG", "Hellenic Coast Guard", "خفر السواحل اليوناني")
ITALIAN = Record("org:italian-coast-guard", "ORG", "Italian Coast Guard", "خفر السواحل الإيطالي")
TEXT = (
    "According to the figures of the Greek Coast Guard, seven thousand migrants arrived.\n\n"
    "The survivors said that the boat of the Coast Guard tried to tow the boat, which the Guard"
    " denied.\n\nThe European Union said that it supports the Libyan Coast Guard."
)


def _links(records: list[Record]) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(TEXT)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_demonym_picks_the_namesake():
    assert _links([LIBYAN, HELLENIC, ITALIAN]) == [
        ("Greek Coast Guard", "org:hellenic-coast-guard"),
        ("Coast Guard", "org:hellenic-coast-guard"),
        ("Guard", "org:hellenic-coast-guard"),
        ("Libyan Coast Guard", "org:libyan-coast-guard"),
    ]


def test_a_namesake_whose_names_do_not_carry_the_demonym_is_not_taken():
    bare = Record("org:hellenic-coast-guard", "ORG", "Hellenic Coast Guard")
    assert "org:hellenic-coast-guard" not in {i for _, i in _links([LIBYAN, bare, ITALIAN])}
