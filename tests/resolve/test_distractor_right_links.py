"""Right links a large gazetteer's namesakes and look-alikes should not cost (session 16:
``benchmarks/eval/distractor_diff.py``). Each rule with a hand-written gazetteer holding the
document's entity and distractors beside it: the tie cut by record id
(normx.resolve.cutoff_ties), the village named like the nisba of the document's body
(normx.resolve.nisba_alike), the person refused among thousands of Mohammeds whom the
document spells elsewhere as the gazetteer does (normx.resolve.spelled_elsewhere), and the
club tied with strangers' names whose qualifier the document says (normx.resolve.qualified_body)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.cutoff_ties import keep_cutoff_ties
from normx.resolve.nisba_alike import nisba_alike_dropped, nisba_pair
from normx.resolve.qualified_body import qualified_among_strangers
from normx.resolve.runtime import MATCH_TOP, Runtime


def _ids(records: list[Record], text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


# --- cutoff_ties ----------------------------------------------------------------------------
def _cand(rid: str, score: float, type: str = "LOC") -> Candidate:
    return Candidate(rid, rid, type, score, rid, "phonetic", {})


def test_a_cut_outside_a_tie_keeps_the_top_and_asks_nothing():
    cands = [_cand(f"loc:{k}", 0.9 - k / 100) for k in range(5)]

    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        raise AssertionError("asked again outside a tie")

    assert keep_cutoff_ties(cands, 4, ask) == cands[:4]


def test_a_cut_inside_a_tie_keeps_the_tie_and_asks_for_the_missing_kinds():
    every = [_cand("loc:best", 0.9)] + [_cand(f"loc:{k}", 0.78) for k in range(7)]
    club = _cand("org:club", 0.78, "ORG")
    asked: list[str | None] = []

    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        asked.append(kind)
        if kind is None:
            return every[:n]
        return [club] if kind == "ORG" else []

    kept = keep_cutoff_ties(every[:5], 4, ask)
    assert kept[:4] == every[:4]
    assert every[7] in kept and club in kept
    assert asked == [None, "PER", "ORG"]


def test_the_document_body_is_not_cut_from_a_tie_of_places_whose_ids_sort_first():
    """ "Nasr" ties a dozen places "Nasr X" (one word of each name) and the club; the places'
    ids sort before the club's, and a top-4 cut by id alone never showed the club."""
    words = ["Valley", "Hill", "Spring", "Farm", "Camp", "Oasis", "Well", "Dam", "Road", "Cave"]
    records = [Record(f"loc:nasr-{w.lower()}", "LOC", f"Nasr {w}", "") for w in words]
    records.append(Record("org:nasr-club", "ORG", "Nasr Club", ""))
    found = Runtime(Normalizer.from_records(records)).match("Al-Nasr")
    assert len(found) > MATCH_TOP
    assert "org:nasr-club" in {c.id for c in found}


# --- nisba_alike ----------------------------------------------------------------------------
def test_nisba_pairs():
    assert nisba_pair("azhar", "azhari")
    assert nisba_pair("dar", "dari")
    assert not nisba_pair("zintani", "zintan")  # the text's adjective of a place: not here
    assert nisba_pair("masr", "masry")
    assert not nisba_pair("zawia", "zawiya")  # a vowel written inside: one name
    assert not nisba_pair("al", "ali")  # too short to be a stem
    assert not nisba_pair("masri", "masry")


def test_the_nisba_look_alike_is_dropped_from_a_lone_word_only():
    village = Candidate("loc:azhari", "Azhari", "LOC", 0.91, "Azhari", "phonetic", {})
    person = Candidate("per:azhari", "Azhari", "PER", 0.91, "Azhari", "phonetic", {})
    assert nisba_alike_dropped("Al-Azhar", [village, person]) == [person]
    assert nisba_alike_dropped("Al-Azhar Mosque", [village]) == [village]


UNIVERSITY = Record("org:al-azhar-university", "ORG", "Al-Azhar University", "")
MOSQUE = Record("org:al-azhar-mosque", "ORG", "Al-Azhar Mosque", "")
AZHARI = Record("loc:azhari", "LOC", "Azhari", "")  # a village named by the nisba
AZHAR_TEXT = (
    "He studied at Al-Azhar University in Cairo before the war. "
    "The Egyptian mufti and the Al-Azhar did not comment on the decision."
)


def test_the_body_named_in_full_keeps_its_short_name_beside_a_nisba_village():
    assert _ids([UNIVERSITY, MOSQUE], AZHAR_TEXT)["Al-Azhar"] == UNIVERSITY.id
    assert _ids([UNIVERSITY, MOSQUE, AZHARI], AZHAR_TEXT)["Al-Azhar"] == UNIVERSITY.id


# --- spelled_elsewhere ----------------------------------------------------------------------
FAMILIES = [
    "Al-Warfalli", "Al-Zawi", "Al-Obeidi", "Al-Mismari", "Al-Fitouri", "Al-Hasi",
    "Al-Barghathi", "Al-Tarhouni", "Al-Magariaf", "Al-Mahdawi", "Al-Gharyani", "Al-Sharif",
    "Al-Mangoush", "Al-Kikhia", "Al-Senussi", "Al-Jaberi", "Al-Shami", "Al-Rabti",
]  # fmt: skip
FATHERS = ["Salem", "Omar", "Khalifa", "Mabrouk", "Ramadan", "Faraj", "Masoud", "Hamza"]
KASHLAF = Record("per:kashlaf", "PER", "Mohammed al-Hadi al-Arabi Kashlaf", "")


def _crowd() -> list[Record]:
    """Hundreds of Mohammeds and Hassans: a given name as common as in a large gazetteer."""
    names = [f"{g} {f} {fam}" for g in ("Hassan", "Mohammed") for f in FATHERS for fam in FAMILIES]
    return [Record(f"per:c{k}", "PER", n, "") for k, n in enumerate(names)]


SAID_ONCE = "The commander of the refinery guard, Mohamed Koshlaf, was placed under sanctions."
SAID_AGAIN = SAID_ONCE + " The panel said the unit worked in coordination with Kashlaf."


def test_a_likeness_beside_a_common_given_name_alone_links_no_one():
    assert _ids([KASHLAF, *_crowd()], SAID_ONCE)["Mohamed Koshlaf"] is None


def test_the_document_spelling_the_family_name_as_the_gazetteer_does_vouches_for_him():
    ids = _ids([KASHLAF, *_crowd()], SAID_AGAIN)
    assert ids["Mohamed Koshlaf"] == KASHLAF.id
    assert ids["Kashlaf"] == KASHLAF.id


# --- qualified_body -------------------------------------------------------------------------
def _per(rid: str) -> Candidate:
    explain = {
        "pairs": [{"query": "nasr", "name": "nasser", "sim": 0.9}],
        "query_tokens": [{"form": "nasr"}],
        "matched_tokens": [{"form": "reda"}, {"form": "nasser"}],
    }
    return Candidate(rid, "Reda Nasser", "PER", 0.78, "Reda Nasser", "cross-script", explain)


CLUB = Record("org:nasr-benghazi", "ORG", "Al-Nasr SC (Benghazi)", "نادي النصر (بنغازي)")
CLUB_CAND = Candidate(CLUB.id, CLUB.name_en, "ORG", 0.78, CLUB.name_en, "phonetic", {})
FOOTBALL = "Al-Ahly, which plays in Benghazi, defeated Al-Nasr with two clean goals."


def test_the_body_whose_qualifier_the_document_says_wins_a_tie_with_strangers():
    records = {CLUB.id: CLUB}
    tied = [_per("per:a"), _per("per:b"), CLUB_CAND]
    assert qualified_among_strangers(FOOTBALL, records, tied) == CLUB_CAND
    elsewhere = "Al-Ahly defeated Al-Nasr with two clean goals in Tripoli."
    assert qualified_among_strangers(elsewhere, records, tied) is None  # Benghazi unsaid
    assert qualified_among_strangers(FOOTBALL, records, [CLUB_CAND]) is None  # no tie


def test_a_person_named_by_the_whole_word_keeps_the_tie():
    whole = Candidate("per:nasr", "Nasr", "PER", 0.78, "Nasr", "phonetic", {})
    assert qualified_among_strangers(FOOTBALL, {CLUB.id: CLUB}, [whole, CLUB_CAND]) is None
