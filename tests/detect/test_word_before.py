"""word_before: the word right before a name, read backwards (normx.detect.tokens)."""

from __future__ import annotations

import random
import re

from normx.detect.tokens import fold_word, word_before

_REGEX = re.compile(r"([^\W\d_]+)[ \t]+$")


def test_the_word_before_a_name() -> None:
    text = "said deputy Jumaa Al-Gharbawi, and 12 Haftar;\tthe minister\tAkar"
    assert word_before(text, text.index("Jumaa")) == "deputy"
    assert word_before(text, text.index("Al-Gharbawi")) == "Jumaa"
    assert word_before(text, text.index("Haftar")) is None  # digits are no word
    assert word_before(text, text.index("Akar")) == "minister"
    assert word_before(text, text.index("Gharbawi")) is None  # a hyphen, not a blank
    assert word_before(text, 0) is None
    assert word_before("xdeputy Ali", 8, window=4) == "uty"  # no further back than the window
    assert word_before("deputy \nAli", 8) == "deputy"  # as the regex: $ before a final line break
    assert fold_word("Özbal") == "ozbal"


def test_same_answer_as_the_regex_search() -> None:
    rng = random.Random(5)
    alphabet = ["a", "Z", " ", " ", "\t", "\n", "1", "²", "_", "é", "-", ".", "ب", "٣"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        start = rng.randrange(0, len(text) + 1)
        window = rng.choice([40, 10, 3, 1, 0])
        m = _REGEX.search(text, max(0, start - window), start)
        assert word_before(text, start, window) == (m.group(1) if m else None), (text, start)
