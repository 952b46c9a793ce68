"""A sentence-initial gerund is cut off the name it governs ("Capturing Ghat ...")."""

from link_pairs import pairs as _links

from normx.detect.gerund import gerund_opener
from normx.gazetteer.schema import Record

GHAT = Record("loc:ghat", "LOC", "Ghat", "غات")
BEIJING = Record("loc:beijing", "LOC", "Beijing", "بكين")
BEIJING_DAILY = Record("org:beijing-daily", "ORG", "Beijing Daily", "صحيفة بكين اليومية")


def test_gerund_opener() -> None:
    assert gerund_opener("capturing", True, None)
    assert not gerund_opener("capturing", False, None)  # inside a sentence: not judged
    assert not gerund_opener("king", True, None)  # too short for a gerund
    assert not gerund_opener("beijing", True, {"beijing"}.__contains__)  # a name holds it


def test_the_place_after_a_sentence_initial_gerund_links() -> None:
    text = "The army moved south.\n\nCapturing Ghat would cut the smuggling routes, he said."
    assert ("Ghat", "loc:ghat") in _links([GHAT], text)


def test_a_name_word_ending_in_ing_stays() -> None:
    text = "Beijing Daily reported the talks on Monday."
    assert ("Beijing Daily", "org:beijing-daily") in _links([GHAT, BEIJING, BEIJING_DAILY], text)
