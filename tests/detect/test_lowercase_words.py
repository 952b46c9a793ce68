"""The lazy lower-case word set and the sparse tokeniser's shortcuts (normx.detect.tokens)."""

from __future__ import annotations

import re

from normx.detect.lexicon import lexicon
from normx.detect.tokens import lowercase_words, tokenize

TEXT = (
    "The chief said: the GNA's forces left Tripoli. He met them there; other_officials, "
    "état-major and al-Mishri's men. Ultimately, Mu'ammar spoke to l'ONU.\nThe end"
)


def test_a_word_counts_only_when_it_stands_alone_in_lower_case() -> None:
    words = lowercase_words(TEXT)
    assert "the" in words and "forces" in words and "al" in words
    assert "he" not in words  # only inside "the", "them", "there" and as "He"
    assert "tripoli" not in words  # written with a capital
    assert "officials" in words  # an underscore is no letter: "other_officials" has two words
    assert "major" in words and "tat" not in words  # "état" is no ASCII word
    assert "s" in words and "l" in words  # after an apostrophe a word starts ("GNA's", "l'ONU")
    assert "" not in words and 3 not in words


def test_the_lazy_set_is_the_set_of_lower_case_words() -> None:
    expected = frozenset(re.findall(r"(?<![^\W_])[a-z]+(?![^\W_])", TEXT))
    words = lowercase_words(TEXT)
    assert set(words) == expected and len(words) == len(expected)
    for word in expected | {"he", "ultimately", "end", "chief", "tripoli", "ammar"}:
        assert (word in lowercase_words(TEXT)) == (word in expected), word


def test_sparse_tokens_are_the_full_tokens_detection_keeps() -> None:
    """A skipped word leaves its neighbours unjoined; a kept one is the same token as in
    the full tokenisation, apart from the joins to skipped words."""
    full = {t.start: t for t in tokenize(TEXT)}
    sparse = tokenize(TEXT, lexicon().keep_words)
    texts = [t.text for t in sparse]
    assert "said" not in texts and "met" not in texts and "forces" in texts
    for tok in sparse:
        same = full[tok.start]
        assert (tok.end, tok.text, tok.form, tok.cap, tok.possessive) == (
            same.end,
            same.text,
            same.form,
            same.cap,
            same.possessive,
        )
        assert not tok.joined or same.joined


def test_any_letter_or_digit_of_any_script_joins_a_word() -> None:
    # "stands alone" is no str.isalnum character on either side, in every script: a
    # superscript or Arabic-Indic digit, an Arabic letter, an accented capital, a Roman
    # numeral join the word; an underscore, a dash, an apostrophe, a no-break space do not
    joins = {"²": True, "ل": True, "É": True, "Ⅳ": True, "٣": True}
    joins |= {"_": False, "-": False, "’": False, "\u00a0": False}
    for around, joined in joins.items():
        assert around.isalnum() == joined  # the definition, spelled out
        for text in (f"pre{around}word", f"word{around}post", f"{around}word{around}"):
            assert ("word" in lowercase_words(text)) == (not joined), (around, text)
