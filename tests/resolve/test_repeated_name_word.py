"""A name that says a word twice ("Ali Ali Hamdy": Ali son of Ali) is read word by word, each
word in its own place (normx.resolve.word_agreement.person_words_agree): "Ali Hamid Ali" (Ali,
son of Hamid, son of Ali) says the same words in another order, and is another man."""

from normx.match.candidate import Candidate
from normx.resolve.word_agreement import person_words_agree


def _candidate(query: list[str], name: list[str], pairs: list[tuple[str, str, float]]) -> Candidate:
    explain = {
        "pairs": [{"query": q, "name": n, "sim": s, "how": "phonetic"} for q, n, s in pairs],
        "query_tokens": [{"form": f} for f in query],
        "matched_tokens": [{"form": f} for f in name],
    }
    matched = " ".join(name)
    return Candidate("per:x", matched, "PER", 0.9, matched, "phonetic", explain)


def test_a_repeated_word_said_in_another_place_is_another_man() -> None:
    cand = _candidate(
        ["Ali", "Hamid", "Ali"],
        ["Ali", "Ali", "Hamdy"],
        [("Ali", "Ali", 1.0), ("Ali", "Ali", 1.0), ("Hamid", "Hamdy", 0.92)],
    )
    assert not person_words_agree(cand, "Ali Hamid Ali")


def test_a_repeated_word_said_in_its_place_agrees() -> None:
    cand = _candidate(
        ["Ali", "Ali", "Hamid"],
        ["Ali", "Ali", "Hamdy"],
        [("Ali", "Ali", 1.0), ("Ali", "Ali", 1.0), ("Hamid", "Hamdy", 0.92)],
    )
    assert person_words_agree(cand, "Ali Ali Hamid")


def test_a_repeated_word_of_the_text_paired_once_each_agrees() -> None:
    cand = _candidate(
        ["Hamid", "Ali", "Ali"],
        ["Hamdy", "Ali", "Ali"],
        [("Ali", "Ali", 1.0), ("Ali", "Ali", 1.0), ("Hamid", "Hamdy", 0.92)],
    )
    assert person_words_agree(cand, "Hamid Ali Ali")
