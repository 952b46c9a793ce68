"""A name's closing parenthesis that is another record's name is that record's: a query that
pairs only with its words ("Court of the Criminal International", the MT's word order of
المحكمة الجنائية الدولية) names the International Criminal Court, not "Office of the Prosecutor
(International Criminal Court)", whose "of the" it happened to share (articles-v56, h-v56)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.qualifier import only_parenthetical
from normx.text.normalize import analyse_name, core_tokens

COURT = Record(id="org:icc", type="ORG", name_en="International Criminal Court")
OFFICE = Record(
    id="org:otp", type="ORG", name_en="Office of the Prosecutor (International Criminal Court)"
)
FORCE = Record(id="org:sdf", type="ORG", name_en="Special Deterrence Force (Rada)")
# other bodies' names, so that "of" and "the" weigh as little as in a real gazetteer
OTHERS = [
    Record(id=f"org:other-{i}", type="ORG", name_en=name)
    for i, name in enumerate(
        ["Ministry of the Interior", "Bank of the Republic", "House of the People",
         "Council of the Elders", "Office of the Mufti", "Union of the Workers"]
    )
]  # fmt: skip


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([COURT, OFFICE, FORCE, *OTHERS])


def _top(nz: Normalizer, query: str) -> str | None:
    found = nz.match(query, min_score=0.0)
    return found[0].id if found else None


@pytest.mark.parametrize(
    "query",
    ["Court of the Criminal International", "Criminal Court the International"],
)
def test_the_parenthesis_alone_names_the_other_record(nz: Normalizer, query: str) -> None:
    assert _top(nz, query) == "org:icc"
    assert "org:otp" not in [c.id for c in nz.match(query, min_score=0.0)]


@pytest.mark.parametrize(
    "query", ["Office of the Prosecutor", "Prosecutor of the International Criminal Court"]
)
def test_the_name_before_the_parenthesis_still_matches(nz: Normalizer, query: str) -> None:
    assert _top(nz, query) == "org:otp"


def test_a_parenthesis_naming_no_other_record_keeps_its_pairs(nz: Normalizer) -> None:
    assert _top(nz, "Rada") == "org:sdf"


def test_in_a_text_the_court_is_the_court(nz: Normalizer) -> None:
    doc = nz.canonicalize(
        "The Criminal Court the International issued a warrant. The Court said on Monday."
    )
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [
        ("Criminal Court the International", "org:icc"),
        ("Court", "org:icc"),
    ]


def test_only_parenthetical() -> None:
    text = "Office of the Prosecutor (International Criminal Court)"
    name = core_tokens(analyse_name(text))
    forms = [t.form for t in name]
    paired = [forms.index(w) for w in ("of", "the", "international", "criminal", "court")]
    assert only_parenthetical(text, name, paired) == "International Criminal Court"
    assert only_parenthetical(text, name, [forms.index("prosecutor"), *paired]) == ""
    assert only_parenthetical(text, name, [forms.index("of"), forms.index("the")]) == ""
    plain = core_tokens(analyse_name("International Criminal Court"))
    assert only_parenthetical("International Criminal Court", plain, [0, 1, 2]) == ""
