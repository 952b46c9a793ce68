"""The memoised, early-stopping alignment gives the values of the plain dynamic programme."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match import align
from normx.match import similarity as score
from normx.match.similarity import PAIR_FLOOR, cross_script_similarity, token_similarity
from normx.text.normalize import analyse_name, core_tokens
from normx.text.phonetic import class_sequence

# letters that make consonant classes, vowels, glides and the apostrophe
WORDS = st.text(alphabet="abdfghijklmnoqrstuwyz'e", min_size=1, max_size=9)
CONSONANTS = st.lists(st.sampled_from(["b", "d", "dh", "f", "gh", "h", "k", "l", "m", "q", "r"]))
VOWELS = st.sampled_from(["", "", "a", "e", "i", "o", "u", "ou", "ee", "ay", "ei", "'", "iy"])


@st.composite
def spellings(draw):
    """Two spellings of one consonant skeleton with vowels chosen independently, sometimes one
    consonant dropped or doubled: pairs whose keys are close, as the scorer compares them."""
    skeleton = draw(CONSONANTS.filter(lambda c: 1 <= len(c) <= 5))
    words = []
    for _ in range(2):
        cons = list(skeleton)
        if len(cons) > 1 and draw(st.booleans()):
            del cons[draw(st.integers(0, len(cons) - 1))]
        words.append("".join(draw(VOWELS) + c for c in cons) + draw(VOWELS))
    return words


def _plain_similarity(a: str, b: str, *, cross: bool = True) -> float:
    """The textbook weighted edit distance over class sequences, written out independently.

    Across scripts an inner vowel costs CROSS_INNER_VOWEL_COST, a consonant of a near class
    (dh / z, j / g) CROSS_NEAR_COST, and a final h that the class sequence drops (not
    one of a digraph) leaves a free end mark, after which the last vowel counts as inside the
    word."""
    x, y = class_sequence(a), class_sequence(b)
    if not x or not y:
        return 0.0
    inner_cost = align.CROSS_INNER_VOWEL_COST if cross else align.INNER_VOWEL_COST
    if cross:
        x, y = (_marked(w, s) for w, s in ((a, x), (b, y)))

    def units(cost: float) -> int:  # costs are whole multiples of COST_UNIT: sums are exact
        return round(cost / align.COST_UNIT)

    def indel(seq: str, i: int) -> int:
        if seq[i] == "~":
            return 0
        if seq[i].islower():
            edge = i in (0, len(seq) - 1)
            return units(align.EDGE_VOWEL_COST if edge else inner_cost)
        return units(align.H_COST if seq[i] == "H" else 1.0)

    def sub(p: str, q: str) -> int:
        if p == q:
            return 0
        if "~" in (p, q):
            return units(1.0)
        if p.islower() and q.islower():
            return units(align.NEUTRAL_VOWEL_COST if "e" in (p, q) else align.VOWEL_QUALITY_COST)
        if cross and {p, q} in ({"T", "Z"}, {"J", "K"}):
            return units(align.CROSS_NEAR_COST)
        return units(1.0)

    d = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for j in range(1, len(y) + 1):
        d[0][j] = d[0][j - 1] + indel(y, j - 1)
    for i in range(1, len(x) + 1):
        d[i][0] = d[i - 1][0] + indel(x, i - 1)
        for j in range(1, len(y) + 1):
            d[i][j] = min(
                d[i - 1][j - 1] + sub(x[i - 1], y[j - 1]),
                d[i - 1][j] + indel(x, i - 1),
                d[i][j - 1] + indel(y, j - 1),
            )
    longest = max(len(x.rstrip("~")), len(y.rstrip("~")))
    return max(0.0, 1.0 - d[-1][-1] / (units(1.0) * longest))


def _marked(word: str, seq: str) -> str:
    dropped = word.endswith("h") and len(seq) > 1 and not seq.endswith("H")
    if len(word) > 1 and word[-2] not in "cdgkpstz" and dropped:
        return seq + "~"
    return seq


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.tuples(WORDS, WORDS), spellings()))
def test_alignment_equals_the_plain_dynamic_programme(pair):
    a, b = pair
    assert cross_script_similarity(a, b) == _plain_similarity(a, b)
    x, y = class_sequence(a), class_sequence(b)
    latin = score._aligned_above(x, y, 1.0, -1.0, 0.0) if x and y else 0.0
    assert latin == _plain_similarity(a, b, cross=False)


def _tok(text: str):
    return core_tokens(analyse_name(text))[0]


@settings(max_examples=600, deadline=None)
@given(spellings(), st.booleans())
def test_a_floor_changes_only_similarities_below_it(pair, cross):
    a, b = pair
    # the scorer asks with PAIR_FLOOR: what reaches it must be exact, the rest stays below it
    ta, tb = core_tokens(analyse_name(a)), core_tokens(analyse_name(b))
    if not ta or not tb:
        return
    score._ALIGNED.clear()
    score._ALIGNED_BELOW.clear()
    floored = token_similarity(ta[0], tb[0], cross_script=cross, floor=PAIR_FLOOR)
    exact = token_similarity(ta[0], tb[0], cross_script=cross)
    again = token_similarity(ta[0], tb[0], cross_script=cross, floor=PAIR_FLOOR)
    if exact[0] >= PAIR_FLOOR:
        assert floored == exact == again
    else:
        assert floored[0] < PAIR_FLOOR and again[0] < PAIR_FLOOR


def test_vowel_spellings_are_still_found_with_a_floor():
    sim, how = token_similarity(_tok("Beida"), _tok("Bayda"), cross_script=False, floor=PAIR_FLOOR)
    assert (sim, how) == token_similarity(_tok("Beida"), _tok("Bayda"), cross_script=False)
    assert how == "vowels" and sim >= PAIR_FLOOR


SEQUENCES = st.builds(
    lambda s, end: s + end,
    st.text(alphabet="BDFKLMNQRSTHaeiu", min_size=1, max_size=10),
    st.sampled_from(["", "", "", align.SILENT_END]),
)


@settings(max_examples=300, deadline=None)
@given(
    SEQUENCES,
    st.lists(SEQUENCES, min_size=1, max_size=30),
    st.sampled_from([align.INNER, align.CROSS_INNER]),
)
def test_the_batched_alignment_equals_the_scalar_one(x, ys, inner):
    batched = align.similarities_to(x, ys, inner)
    scalar = [align.similarity(align.distance_units(x, y, None, inner)[0], x, y) for y in ys]
    assert batched == scalar


@settings(max_examples=300, deadline=None)
@given(SEQUENCES, SEQUENCES, st.sampled_from([align.INNER, align.CROSS_INNER]))
def test_the_alignment_is_symmetric(x, y, inner):
    assert align.distance_units(x, y, None, inner) == align.distance_units(y, x, None, inner)


ARABIC_WORDS = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=2, max_size=7)


# words close to a query word's other reading only (ousta: alousta; kehabi: chehabi read kh)
READINGS = ["alousta", "supremo", "ousta", "usta", "kehabi", "sahmin", "chehabi", "bousahmein"]


@st.composite
def many_spellings(draw):
    """Up to 40 spellings of one consonant skeleton (as in :func:`spellings`), so that enough
    of them share a key for the batched alignment."""
    skeleton = draw(CONSONANTS.filter(lambda c: 1 <= len(c) <= 5))
    words = []
    for _ in range(draw(st.integers(2, 40))):
        cons = list(skeleton)
        if len(cons) > 1 and draw(st.booleans()):
            del cons[draw(st.integers(0, len(cons) - 1))]
        words.append("".join(draw(VOWELS) + c for c in cons) + draw(VOWELS))
    return words


@settings(max_examples=200, deadline=None)
@given(
    many_spellings(),
    st.lists(
        st.one_of(WORDS, ARABIC_WORDS, st.sampled_from(READINGS)),
        max_size=8,
    ),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, "supreme", "chehabi", "alousta", "bousahmein", "ousta", "sahmein"]),
)
def test_many_token_similarities_at_once_are_the_scalar_ones(spelled, words, cross, cold, query):
    # the index's neighbour search compares a query token with every form sharing its key in
    # one call: wherever a pair reaches the floor, value and how must be token_similarity's
    # (readings glued to an article or particle go through the scalar function, the rest not)
    # a query word with other readings (a final e dropped, ch read as kh, a glued particle)
    qs = core_tokens(analyse_name(query or spelled[0]))
    names = [t for w in [*spelled[1:], *words] for t in core_tokens(analyse_name(w))[:1]]
    if not qs or not names:
        return
    q = qs[0]
    plain = [token_similarity(q, n, cross_script=cross, floor=PAIR_FLOOR) for n in names]
    if cold:
        score._ALIGNED.clear()
        score._ALIGNED_BELOW.clear()
    many = score.token_similarities(q, names, cross_script=cross)
    assert len(many) == len(names)
    for a, b in zip(plain, many, strict=True):
        if a[0] >= PAIR_FLOOR or b[0] >= PAIR_FLOOR:
            assert a == b
