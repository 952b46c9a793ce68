"""joined_place asks the joining pass without the matcher's widening pass (session 33).

``clear_joined`` takes only a candidate with a joined pair scoring MIN_SCORE (0.9) or more.
The widening pass runs only when neither the names as written nor the joining pass matched at
the no-match threshold: then no candidate with a joined pair reaches 0.9 whether it runs or
not (isolation lifts a best candidate only just over the threshold), and its own answer holds
no joined pair. So ``match_joined(..., widen=False)`` gives ``clear_joined`` the same answer
for less work."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import clear_best
from normx.match.matcher import Matcher
from normx.resolve import joined_place
from normx.resolve.runtime import Runtime

RECORDS = [
    Record("loc:debdeb", "LOC", "Debdeb", "الدبداب"),
    Record("loc:garyounis", "LOC", "Garyounis", None),
    Record("per:fathi", "PER", "Fathi Bashagha", None),
    Record("per:fathi2", "PER", "Fathi Bashir", None),
    Record("per:dahir", "PER", "Hassan Dahir Aweys", "حسن ظاهرعويس"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("org:green", "ORG", "Green Stream Company", None),
    Record("loc:bir-ghanam", "LOC", "Bir al Ghanam", None),
]
QUERIES = [
    "Deb Deb",
    "Gar Younis",
    "Fathi Bach Agha",
    "Hassan Dahir Aweys",
    "Dahir Awes",
    "Green Stream",
    "Greenstream Company",
    "Omar Mukhtar",
    "Tripoli Benghazi",
    "Bir Ghanam",
    "Fathi Bashi",
    "Gary Ounis",
]


def _clear(found):
    best = clear_best(found, joined_place.MIN_SCORE, joined_place.MARGIN)
    return best if best is not None and joined_place._clean_joined(best) else None


def _agree(records, queries):
    rt = Runtime(Normalizer.from_records(records))
    for query in queries:
        full = _clear(rt.match_joined(query))
        narrow = _clear(rt.match_joined(query, widen=False))
        assert (full and (full.id, full.score)) == (narrow and (narrow.id, narrow.score)), query
        assert joined_place.clear_joined(rt, query) == narrow


def test_the_narrow_ask_reads_as_the_full_one():
    _agree(RECORDS, QUERIES)


_SYLLABLES = ["deb", "gar", "you", "nis", "bash", "agha", "ham", "dar", "sal", "ra", "mur"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3), min_size=2, max_size=6),
    st.lists(st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=2), min_size=2, max_size=3),
)
def test_random_names_read_alike_with_or_without_the_widening(names, query_words):
    # names of one to three words made of shared syllables, and a query whose words glue or
    # split them differently: the joined readings clear_joined takes are the same
    records = [
        Record(f"loc:n{i}", "LOC", "".join(parts).title(), None) for i, parts in enumerate(names)
    ]
    query = " ".join("".join(w).title() for w in query_words)
    _agree(records, [query, " ".join(p.title() for p in names[0])])


def test_joined_places_takes_no_widening_pass(monkeypatch):
    # "Omar Mukhtar" matches nothing as written nor joined: main widened its rarest part
    # (fails on main: the widening pass ran for it)
    widened: list[str] = []
    real = Matcher._widened

    def counting(self, query, *args, **kwargs):
        widened.append(query.text)
        return real(self, query, *args, **kwargs)

    monkeypatch.setattr(Matcher, "_widened", counting)
    doc = Normalizer.from_records(RECORDS).canonicalize(
        "Omar Mukhtar crossed at Deb Deb on Tuesday."
    )
    assert {m.text: m.id for m in doc.mentions}.get("Deb Deb") == "loc:debdeb"
    assert "Omar Mukhtar" not in widened
