"""The sparse tokeniser: which lower-case words it keeps, and the gaps it reads between words.

The tokeniser reads each word with the gap before it and caches, per word, which path the word
takes; these tests pin the decisions that depend on the neighbours (a bridge after a kept or a
skipped word, a head's modifier, a hyphen particle) and the offsets and flags computed from the
gaps, against expectations written by hand.
"""

from __future__ import annotations

from normx.detect.lexicon import lexicon
from normx.detect.tokens import tokenize


def _sparse(text: str) -> list[str]:
    return [t.text for t in tokenize(text, lexicon().keep_words)]


def test_a_bridge_is_kept_only_after_a_kept_word() -> None:
    # "of" after "Government" may sit inside a name; "of" after "members" may not
    assert _sparse("the Government of National Accord") == [
        "Government",
        "of",
        "National",
        "Accord",
    ]
    assert _sparse("dozens of people said") == []
    # twice in one text: the word's cached class must not decide alone
    assert _sparse("members of the Council of State") == ["Council", "of", "State"]


def test_a_head_keeps_the_skipped_word_before_it() -> None:
    toks = tokenize("the reconciliation government met", lexicon().keep_words)
    assert [t.text for t in toks] == ["reconciliation", "government"]
    mod, head = toks
    assert (mod.start, mod.end) == (4, 18) and not mod.joined and not mod.sent_start
    assert head.joined and not head.cap


def test_a_hyphen_particle_needs_its_hyphen() -> None:
    assert _sparse("as ash-Shwayrif said") == ["ash", "Shwayrif"]
    toks = tokenize("as ash-Shwayrif said", lexicon().keep_words)
    assert toks[1].hyphen_before and toks[1].joined


def test_gaps_decide_joined_hyphen_and_sentence_start() -> None:
    text = "Tripoli.\tMisrata\u00a0Sirte -- Al-Wefaq\nBenghazi"
    toks = tokenize(text, lexicon().keep_words)
    for tok in toks:
        assert text[tok.start : tok.end] == tok.text
    by = {t.text: t for t in toks}
    assert by["Misrata"].sent_start and not by["Misrata"].joined  # ".\t" ends a sentence
    assert by["Sirte"].joined and not by["Sirte"].hyphen_before  # a no-break space joins
    assert not by["Al"].joined  # " -- ": spaces and hyphens mixed
    assert by["Wefaq"].hyphen_before and by["Wefaq"].joined
    assert by["Benghazi"].sent_start and not by["Benghazi"].joined  # a line break
    assert by["Tripoli"].sent_start  # the first word of the text


def test_a_skipped_word_between_two_names_unjoins_them() -> None:
    toks = tokenize("Haftar met Dbeibah", lexicon().keep_words)
    assert [t.text for t in toks] == ["Haftar", "Dbeibah"]
    assert not toks[1].joined


def test_an_elision_with_a_letter_apostrophe_stays_two_words() -> None:
    # "ʿ" is a letter to the regex: after the elided "l" the next word starts at it
    text = "l\u02bfAbd met d'Abdelhamid"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["l", "\u02bfAbd", "met", "d", "Abdelhamid"]
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert not toks[1].joined  # nothing stands between them, which is not a space
    # sparse: "ʿAbd" opens with no capital, so it is skipped like a lower-case word
    assert _sparse(text) == ["l", "Abdelhamid"]


def test_sparse_and_dense_agree_on_the_words_both_keep() -> None:
    text = "On Monday, Khalifa Haftar's forces and the Libyan National Army met in Tripoli."
    dense = {(t.start, t.end): t for t in tokenize(text)}
    for tok in tokenize(text, lexicon().keep_words):
        other = dense[(tok.start, tok.end)]
        assert (tok.form, tok.cap, tok.possessive, tok.hyphen_before, tok.sent_start) == (
            other.form,
            other.cap,
            other.possessive,
            other.hyphen_before,
            other.sent_start,
        )
