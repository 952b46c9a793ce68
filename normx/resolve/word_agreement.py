"""Do the words of a loose match say the same entity, or only look alike?

In a gazetteer of tens of thousands of names, every given name, family name and generic body
word recurs, so a loose match of several words (phonetic, fuzzy, cross-script) finds some
name holding a word like each of them. The matcher scores how alike the words are; these
checks, read from its explanation (the word pairs), ask whether the words that tell entities
apart agree: a person's name parts in their order, a body's distinctive words, a body's head
noun. :mod:`normx.resolve.decision` applies them to its best candidate.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.detect.lexicon import Lexicon
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve import generic, kind_phrase
from normx.resolve.distinct_given import given_apart
from normx.resolve.feminine_given import feminine_apart
from normx.resolve.nasab_unsaid import son_of_unsaid
from normx.resolve.rounded_onset import rounded_onset_dropped
from normx.text.latin import fold
from normx.text.particles import particle_table

LONE_WORD_LOOSE = LIKENESS_METHODS  # matched by likeness alone
PERSON_PAIR_FLOOR = 0.82  # a loosely matched person's word this unlike its partner: no match
CROSS_SCRIPT_PAIR_FLOOR = 0.78  # the same across scripts, whose similarities run lower
PART_PAIR_MIN = 0.9  # each word of a name matched to part of a longer person's name
SKIPPED_GIVEN_PAIR_MIN = 0.99  # ... when the longer name's given name is left out: spelled alike
SKIPPED_FAMILY_PAIR_MIN = 0.99  # the text's last word, when the name's family name is left out
NEAR_SPELLING = 0.9  # a word this close to its partner is spelled nearly so (a vowel apart)


def person_words_agree(
    cand: Candidate, query: str = "", common_key: Callable[[str], bool] | None = None
) -> bool:
    """Do the words of a loose match of several words to a person say the same man?

    In a gazetteer of tens of thousands of Arab names every given name and many family names
    recur, so two words of an unknown man's name ("Saleh Bouhawiya", "Hafedh Chtioui") nearly
    always find a longer name holding a word like each. What the right person's match shows
    and such a look-alike's does not: no word of the text unlike its partner (Mansour Dam ~
    Mansour El Taimi pairs "Dam" with "Taimi", 0.73); the words said in the name's own order,
    whether or not every word of the name is said ("Mansour Issawi", Mansour of the Issawi
    family, is not Issawi Al-Mansour, Issawi of the Mansour family, however alike the words; a
    list's "Surname, Given" is put back in order when the gazetteer is read); and when the
    gazetteer's name has words
    the text leaves out ("Akila Saleh" for Aguila Saleh Issa, "Tayyip Erdogan" for Recep
    Tayyip Erdoğan), the words said pair closely, in the name's own order: an Arabic name is
    given name, father's, grandfather's or family name, so "Hamza Ben Abdelkader" (Hamza son
    of Abdelkader) is not Abdul Qadir Hamzah (Abdul Qadir son of Hamzah); and a text that
    leaves out the given name spells the rest as the gazetteer does ("Mustafa Al-Majai" is
    not Maghsoodloo Mustapha ... El Magi; "Abdulsalam Al-Zoubi" is not Janah Abdessalam
    Al-Zubi: the given name said in the text is the gazetteer man's father's, and a vowel
    apart, any other man with those two name parts is as close); and a text that says whose
    son the man is ("Mohammed ben Zayed") names the father right after him, so a name with
    another word between the two (Mohammed Ammari Zayed: Mohammed son of Ammari) is another
    man. And when no word said is spelled as the gazetteer spells it and one of them is a
    common given name (*common_key*: phonetic key -> a part as common as Muhammad in this
    gazetteer), likenesses are all the evidence ("Mohammed Sawan" ~ Muhammad Suan
    Al-Almadawy): among tens of thousands of names they find some such man; a word spelled
    alike keeps the match ("Akila Saleh" for Aguila Saleh Issa). And in the same script, a
    match none of whose words is spelled nearly as the gazetteer spells it (each a little
    further than a vowel or a doubled letter apart, :data:`NEAR_SPELLING`: "Sallam Al-Sour"
    ~ Salim Ashour, 0.88 and 0.86) is likenesses only, whatever the coverage: a translation
    writes at least one word of a man's name close to a list's spelling (Khaled Al-Meshri ~
    Khalid al-Mishri, 0.95 each), and tens of thousands of names hold a look-alike of any
    two words (cross-script pairs run lower and are not held to it). Exact and
    normalised matches, one-word queries and matches without word pairs are not judged here.
    """
    if cand.type != "PER" or cand.method not in LONE_WORD_LOOSE:
        return True
    if son_of_unsaid(cand, query):  # "Ali Ben Amer" ~ Ali Ammar: normx.resolve.nasab_unsaid
        return False
    if feminine_apart(cand, query):  # "Halima" ~ Halim: normx.resolve.feminine_given
        return False
    if given_apart(cand, query):  # "Saleh" ~ Salah: normx.resolve.distinct_given
        return False
    ex = cand.explain
    pairs = ex.get("pairs") or []
    q_tokens = [t.get("form") for t in ex.get("query_tokens") or []]
    n_tokens = [t.get("form") for t in ex.get("matched_tokens") or []]
    if len(pairs) < 2 or len(q_tokens) < 2 or not n_tokens:
        return True
    sims = [float(p.get("sim", 0.0)) for p in pairs]
    floor = CROSS_SCRIPT_PAIR_FLOOR if cand.method == "cross-script" else PERSON_PAIR_FLOOR
    if min(sims) < floor:
        return False
    if cand.method != "cross-script" and max(sims) < NEAR_SPELLING:
        return False  # every word only resembles its partner: see "none spelled nearly so"
    if cand.method != "cross-script" and _likenesses_with_another_letter(pairs):
        return False  # "Fatima Ibrahim" ~ Fatiha Al Ibrahimi: see "another letter"
    if cand.method != "cross-script" and rounded_onset_dropped(pairs):
        return False  # "Salah Al-Obaidi" ~ Salah Badi: normx.resolve.rounded_onset
    positions = _name_positions(pairs, q_tokens, n_tokens)
    out_of_order = any(n is None for n in positions) or positions != sorted(positions)  # type: ignore[type-var]
    if len(pairs) >= len(n_tokens):  # every word of the gazetteer's name said
        return not out_of_order  # "Mansour Issawi" is not Issawi Al-Mansour: see "in order"
    if min(sims) < PART_PAIR_MIN:
        return False
    if common_key is not None and _only_likenesses_of_common_names(pairs, ex, common_key):
        return False
    if out_of_order:
        return False
    if cand.method != "cross-script" and _family_unsaid_by_likeness(pairs, q_tokens, n_tokens):
        return False  # "Mustafa Bensaoud" ~ Mustafa Abdulwahid Bensaid Al-Banu Muzayna
    if _says_son_of(query) and positions[-1] - positions[0] >= len(positions):  # type: ignore[operator]
        return False  # a word of the gazetteer's name between the son and the father
    said_given = n_tokens[0] in {p.get("name") for p in pairs}
    return said_given or min(sims) >= SKIPPED_GIVEN_PAIR_MIN


def _only_likenesses_of_common_names(
    pairs: list[dict[str, object]], ex: dict[str, object], common_key: Callable[[str], bool]
) -> bool:
    """No word of the text is spelled as the gazetteer's name spells it, and one of them
    pairs with a common given name of the gazetteer ("Mohammed" ~ Muhammad). The name's own
    given name (its first word) spelled alike is no spelling evidence when it is common:
    "Ali al-Zenati" says only that the man is one of thousands of Alis, and the family name
    beside it, read by likeness with a word of the longer name unsaid (Ali Maghsoudlou
    Al-Zenaidi), is all there is. A common word spelled alike in another place of the name
    ("Akila Saleh" for Aguila Saleh Issa: the father's name) still keeps the match."""
    tokens = ex.get("matched_tokens") or ()
    keys = {t.get("form"): t.get("key") for t in tokens}  # type: ignore[attr-defined]
    given = tokens[0].get("form") if tokens else None  # type: ignore[index]
    common = [common_key(str(keys.get(p.get("name")) or "")) for p in pairs]
    if any(
        float(p.get("sim", 0.0)) >= 1.0 and not (c and p.get("name") == given)  # type: ignore[arg-type]
        for p, c in zip(pairs, common, strict=True)
    ):
        return False
    return any(common)


def _family_unsaid_by_likeness(
    pairs: list[dict[str, object]], q_tokens: list[str | None], n_tokens: list[str | None]
) -> bool:
    """The gazetteer's name ends in a word the text leaves unsaid (its family name), and the
    text's last word pairs with a word inside that name by likeness only, not spelled as it
    (:data:`SKIPPED_FAMILY_PAIR_MIN`) nor only a vowel apart (the matcher's ``vowels``
    pairing). A text that names a man by his given and his father's name ("Akila Saleh" or
    "Aqila Salih" for Aguila Saleh Issa) spells the father's name as lists do, or a vowel
    apart (Salih ~ Saleh, 0.95, v50); a word that only resembles one by its sound key
    ("Mustafa Bensaoud" ~ Mustafa Abdulwahid Bensaid Al-Banu Muzayna, Bensaoud ~ Bensaid at
    0.91) is the unknown man's own family name, and among tens of
    thousands of names some longer one holds a look-alike of it between a given name and a
    family name the text does not say."""
    if not q_tokens or n_tokens[-1] in {p.get("name") for p in pairs}:
        return False
    last = q_tokens[-1]
    said = [p for p in pairs if p.get("query") == last]
    return bool(said) and not any(
        float(p.get("sim", 0.0)) >= SKIPPED_FAMILY_PAIR_MIN  # type: ignore[arg-type]
        or p.get("how") == "vowels"
        for p in said
    )


def _likenesses_with_another_letter(pairs: list[dict[str, object]]) -> bool:
    """No word of the text is spelled as the gazetteer's name spells it, and one of them
    differs from its partner by more than vowels and letters of one sound class (the
    matcher's ``fuzzy`` pairing: Fatima / Fatiha, م against ة): another name read
    nearly, beside words that are only alike."""
    if any(float(p.get("sim", 0.0)) >= 1.0 for p in pairs):  # type: ignore[arg-type]
        return False
    return any(p.get("how") == "fuzzy" for p in pairs)


def _says_son_of(query: str) -> bool:
    """The query holds a free "son of" particle ("bin", "ben", "ibn", "ould")."""
    forms = particle_table().by_kind["bin"].forms
    return any(word in forms for word in fold(query).replace("-", " ").split())


def _name_positions(
    pairs: list[dict[str, object]], q_tokens: list[str | None], n_tokens: list[str | None]
) -> list[int | None]:
    """The positions in the gazetteer's name of the words paired, in the text's order.

    The pairs give words, not places, and a name may say a word twice ("Ali Ali Hamdy": Ali
    son of Ali). Each pair takes its own place on both sides, the next one not yet taken,
    left to right: read each word by its first place and "Ali Hamid Ali" (Ali, son of
    Hamid, son of Ali) would say Ali Ali Hamdy's words in order, both Alis on the first."""
    q_taken: set[int] = set()
    by_query = sorted(
        ((_next_unused(q_tokens, p.get("query"), q_taken), p.get("name")) for p in pairs),
        key=lambda it: (it[0] is None, it[0] or 0),
    )
    n_taken: set[int] = set()
    return [_next_unused(n_tokens, name, n_taken) for _, name in by_query]


def _next_unused(forms: list[str | None], form: object, taken: set[int]) -> int | None:
    """The first place of *form* in *forms* not in *taken* (then taken), or None."""
    for i, f in enumerate(forms):
        if f == form and i not in taken:
            taken.add(i)
            return i
    return None


def body_without_head(cand: Candidate, query: str, lex: Lexicon) -> bool:
    """A demonym or country adjective (*query*: a demonym of *lex*, or a country word of
    the gloss lexicon) matched loosely to a body's name whose other words are all body head
    nouns ("Egyptian" ~ Egyptian Government): the adjective said without the head is no name
    of the body ("the Egyptian town of Sallum"). A body is named short by a distinctive word
    ("Wagner" for the Wagner Group), never by the people's adjective its head needs."""
    form = fold(query)
    if cand.type != "ORG" or cand.method not in LONE_WORD_LOOSE:
        return False
    if form not in lex.demonyms and not kind_phrase.country_of(form):
        return False
    ex = cand.explain
    pairs = ex.get("pairs") or ()
    n_tokens = [str(t.get("form")) for t in ex.get("matched_tokens") or ()]
    if not pairs or not n_tokens:
        return False
    paired = {p.get("name") for p in pairs}
    rest = [f for f in n_tokens if f not in paired]
    return bool(rest) and all(f in lex.body_heads for f in rest)


def body_words_agree(
    cand: Candidate,
    generic: frozenset[str],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None = None,
) -> bool:
    """Do the distinctive words of a loose match of several words to a body say the same body?

    Bodies share their generic words ("National", "Council"): "National Defense Council" finds
    every national council. When a word of the text that is not generic (*generic*: head
    nouns, connectors) found no partner in the name while the name keeps one of its own
    distinctive words unpaired ("Defense" / "Transitional"), the two names may differ in what
    tells bodies apart, or only in how a translation rendered one Arabic word ("Petroleum
    Installations Guard" / Petroleum Facilities Guard, both منشآت). The Arabic name tells:
    a word of the text the gloss lexicon renders, none of whose renderings is a word of the
    body's Arabic names (*arabic_names*: record id -> names as
    :func:`~normx.resolve.generic.arabic_words`), says another body (دفاع is no word of المجلس
    الوطني الانتقالي). A word the lexicon does not know, or a body without an Arabic name,
    gives no such evidence. The persons' rule is :func:`person_words_agree`."""
    if cand.type != "ORG" or cand.method not in LONE_WORD_LOOSE or arabic_names is None:
        return True
    ex = cand.explain
    pairs = ex.get("pairs") or ()
    q_tokens = [str(t.get("form")) for t in ex.get("query_tokens") or ()]
    n_tokens = [str(t.get("form")) for t in ex.get("matched_tokens") or ()]
    if not pairs or len(q_tokens) < 2 or not n_tokens:
        return True
    said = {p.get("query") for p in pairs}
    named = {p.get("name") for p in pairs}
    left_q = [f for f in q_tokens if f not in said and f not in generic]
    left_n = [f for f in n_tokens if f not in named and f not in generic]
    if not (left_q and left_n):
        return True
    arabic = {w for name in arabic_names(cand.id) for w in name}
    if not arabic:
        return True
    return not any(_renders_none_of(form, arabic) for form in left_q)


def _renders_none_of(form: str, arabic: set[str]) -> bool:
    """The gloss lexicon renders the English word, and no rendering is one of *arabic*."""
    entry = default_lexicon().entries.get((form,))
    if entry is None or not entry.renderings:
        return False
    return not any(set(generic.arabic_words(" ".join(r))) <= arabic for r in entry.renderings if r)
