"""Names joined by a coordinating "and" come apart unless the whole is one coordinated name.

"Presidential Council and the Government of National Unity" is two bodies; "Ministry of Oil and
Gas" and "Justice and Construction Party" are one. The gazetteer holds canonical names (and one
Arabic alias real sources attest), none of the spellings the texts use.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("org:tbz", "ORG", "Tariq Ben Zeyad Brigade", "لواء طارق بن زياد"),
    Record("org:oil-ministry", "ORG", "Ministry of Oil and Gas", "وزارة النفط والغاز"),
    Record("org:jcp", "ORG", "Justice and Construction Party", "حزب العدالة والبناء"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:jufra", "LOC", "Al Jufrah", "الجفرة"),
    Record(
        "org:ops-room",
        "ORG",
        "Operations Room for Securing and Protecting Sirte-Jufra",
        "غرفة عمليات تأمين وحماية سرت الجفرة",
    ),
    Record(
        "org:rada",
        "ORG",
        "Special Deterrence Force",
        "قوة الردع الخاصة",
        aliases_ar=("جهاز الردع",),  # its name since 2018 (Arabic Wikipedia)
    ),
]


def _mentions(text: str, records: list[Record] = RECORDS) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_two_bodies_joined_by_and_are_two_mentions():
    found = _mentions(
        "Yesterday the Presidential Council and the Government of National Unity condemned it."
    )
    assert found == [
        ("Presidential Council", "org:presidential-council"),
        ("Government of National Unity", "org:gnu"),
    ]


def test_a_head_noun_alone_does_not_join_the_next_name():
    # "106 Brigade": the number is no capital, so the span starts at the head noun
    found = _mentions("Units of the 106 Brigade and the Tariq bin Ziyad Brigade moved south.")
    assert ("Tariq bin Ziyad Brigade", "org:tbz") in found
    assert all(not text.startswith("Brigade and") for text, _ in found)


def test_a_coordinated_gazetteer_name_stays_whole():
    found = _mentions("The Ministry of Oil and Gas said production resumed.")
    assert found == [("Ministry of Oil and Gas", "org:oil-ministry")]
    found = _mentions("The Justice and Construction Party rejected the law.")
    assert found == [("Justice and Construction Party", "org:jcp")]


def test_two_places_are_not_the_body_named_after_both():
    # the operations room's name holds both places, but not as the text has them
    found = _mentions("Forces moved from Benghazi towards Sirte and Al-Jufra on Monday.")
    assert ("Sirte", "loc:sirte") in found
    assert ("Al-Jufra", "loc:jufra") in found
    assert all(i != "org:ops-room" for _, i in found)


def test_a_piece_after_and_is_decided_as_it_is_alone():
    # "Apparatus" is no word of the body's names here; the piece after the "and" is decided
    # as the same words alone are ("Special Deterrence" links, the head stays outside the
    # mention), and "Fighting" before the "and" is apart from it
    canonical_only = [r for r in RECORDS if r.id != "org:rada"] + [
        Record("org:rada", "ORG", "Special Deterrence Force", "قوة الردع الخاصة")
    ]
    alone = _mentions("Clashes with the Special Deterrence Apparatus.", canonical_only)
    text = "Clashes between the Brigade 444 Fighting and the Special Deterrence Apparatus."
    found = _mentions(text, canonical_only)
    assert ("Fighting", None) in found
    rest = [m for m in found if m[0] not in ("Fighting", "Brigade 444")]  # 444: no record here
    assert rest == alone == [("Special Deterrence", "org:rada")]


def test_a_head_noun_the_body_is_also_named_by_joins_the_mention():
    # جهاز (apparatus) is a word of the body's attested Arabic name: the head is its own
    text = "Clashes between the Brigade 444 Fighting and the Special Deterrence Apparatus."
    found = _mentions(text)
    assert ("Special Deterrence Apparatus", "org:rada") in found
    assert ("Fighting", None) in found
