"""A surname alone goes to its best-attested bearer, without passing the threshold on that.

"Gaddafi" against a gazetteer of al-Qadhafi namesakes scores them almost alike (the surname is
the same word; only the length of the rest differs), and the scorer's order among them is an
accident of name lengths and ids. The record that carries aliases and cross-references (a
sanctions or Wikidata record) is the one a reader means (normx/match/prominence.py).
"""

import itertools

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.prominence import TIE_BAND, order, prominence

GIVEN = ["حمادي", "حسناوي", "ماضي", "عريضة", "عرار", "عثمان", "جميل", "خليفة", "حمدي أحمد"]
MUAMMAR = "معمر محمد أبو منيار القذافي"


def _namesakes(**muammar: object) -> Matcher:
    """Nine bare al-Qadhafi namesakes and Muammar's longer name, last by id and by score."""
    records = [Record(f"per:{i:02d}", "PER", None, f"{g} القذافي") for i, g in enumerate(GIVEN)]
    records.append(Record("per:zz", "PER", None, MUAMMAR, **muammar))  # type: ignore[arg-type]
    return Matcher(NameIndex.build(records))


def test_bare_namesakes_keep_the_scorer_order():
    found = _namesakes().match("Gaddafi", min_score=0.0, top=10)
    assert found[0].id == "per:00"
    assert found[-1].id == "per:zz"  # the longest name scores lowest
    assert found[0].score - found[-1].score < TIE_BAND


def test_aliases_put_the_attested_bearer_first():
    aliases = ("العقيد معمر القذافي", "الأخ القائد")  # "Colonel ...", "the Brother Leader"
    found = _namesakes(aliases_ar=aliases).match("Gaddafi", min_score=0.0)
    assert found[0].id == "per:zz"
    # it is answered with the near-tie's best score, the previous first's: no threshold moves
    assert found[1].id == "per:00" and round(found[0].score, 9) == round(found[1].score, 9)
    assert all(a.score >= b.score for a, b in itertools.pairwise(found))


def test_a_cross_reference_counts():
    found = _namesakes(xref=(("wikidata", "Q19878"),)).match("Qadhafi", min_score=0.0)
    assert found[0].id == "per:zz"


def test_a_surname_alone_still_links_nothing_at_the_threshold():
    matcher = _namesakes(aliases_en=("Moammar Gadhafi",), xref=(("wikidata", "Q19878"),))
    assert matcher.match("Gaddafi") == []


def test_a_full_name_is_not_reordered():
    found = _namesakes(aliases_en=("Moammar Gadhafi",)).match("Hamadi Gaddafi", min_score=0.0)
    assert found[0].id == "per:00"


def _cand(cid: str, score: float, matched: str, type: str = "PER") -> Candidate:
    return Candidate(cid, matched, type, score, matched, "cross-script")


def test_order_reads_only_the_near_tie_of_partial_matches():
    far = [_cand("a", 0.60, "x qadhafi"), _cand("b", 0.60 - 2 * TIE_BAND, "y qadhafi")]
    assert order(far, {"b": 5}, parts=1) == far  # b is no namesake tie: a scores higher
    whole = [_cand("a", 0.60, "qadhafi"), _cand("b", 0.60, "y qadhafi")]
    assert order(whole, {"b": 5}, parts=1) == whole  # a one-word name matched whole
    # "the Federation": a kind of body, the best-attested (Russian Federation) is no prior
    bodies = [_cand("a", 0.78, "Intl Federation", "ORG"), _cand("b", 0.78, "Russian Federation")]
    assert order(bodies, {"b": 40}, parts=1) == bodies
    tied = [_cand("a", 0.60, "x qadhafi"), _cand("b", 0.599, "y qadhafi")]
    assert order(tied, {"b": 5}, parts=2) == tied  # not a one-word query
    moved = order(tied, {"b": 5}, parts=1)
    assert [c.id for c in moved] == ["b", "a"] and round(moved[0].score, 9) == 0.60


def test_prominence_counts_aliases_and_xrefs_not_scripts():
    assert prominence(Record("p", "PER", "Muammar Qadhafi", "معمر القذافي")) == 0
    rich = Record("p", "PER", "A", None, aliases_en=("B", "C"), xref=(("un", "LYi.013"),))
    assert prominence(rich) == 3


def test_a_form_of_the_name_itself_is_no_attestation():
    # the loader derives "Muammar Qadhafi" from a long name (short_forms): it says nothing of fame
    derived = Record("p", "PER", "Muammar Mohammed Abu Minyar Qadhafi", None, ("Muammar Qadhafi",))
    assert prominence(derived) == 0
    assert prominence(_namesakes(aliases_ar=("معمر القذافي",)).index.records[-1]) == 0
    found = _namesakes(aliases_ar=("معمر القذافي",)).match("Gaddafi", min_score=0.0)
    assert found[0].id == "per:00"
