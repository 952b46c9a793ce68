"""The function words of names: one data list (``normx/detect/data/connectors.yaml``,
``function_words``) whose named subsets the rules read, in place of a list in each rule's code
(session 28, h-health28). Each rule's test below would fail if its subset lost a word it needs.
"""

from __future__ import annotations

import pytest

from normx.detect.lexicon import complement_joins, detect_data, function_words, lexicon
from normx.gazetteer.short_forms import case_form
from normx.match.candidate import Candidate
from normx.resolve import (
    acronyms,
    core_name,
    demonym_conflict,
    headline_body,
    owner_prefix,
    quoted_name,
    run_head,
    same_body_cut,
)
from normx.resolve.acronyms import initials
from normx.resolve.quoted_name import title_case_name
from normx.resolve.same_body_cut import same_body

SUBSETS = sorted(detect_data("connectors.yaml")["function_word_sets"])


@pytest.mark.parametrize("subset", SUBSETS)
def test_every_subset_is_words_of_the_one_list(subset: str) -> None:
    every = detect_data("connectors.yaml")["function_words"]
    words = function_words(subset)
    assert words and words <= set(every)
    assert all(isinstance(w, str) for w in every)  # "on" unquoted would be a boolean
    assert function_words(subset) is words  # read once


def test_the_rules_read_the_data_list() -> None:
    assert acronyms.CORE_FUNCTION_WORDS is function_words("acronym_core")
    assert acronyms.FRENCH_FUNCTION_WORDS is function_words("acronym_french")
    assert quoted_name.CONNECTORS is function_words("quoted")
    assert run_head.CONNECTORS is function_words("run")
    assert owner_prefix.CONNECTORS is function_words("owner")
    assert headline_body.GLUE is function_words("headline_glue")
    assert core_name.CONNECTORS is function_words("joins")
    assert same_body_cut.COMPLEMENT_WORDS is function_words("complement")
    assert demonym_conflict.CONNECTORS is function_words("translation")


def test_one_set_of_complement_joins_for_the_span_finder_and_holding_short() -> None:
    # the joins less the coordinating words, taken once (session 32, h-tidy)
    from normx.resolve import holding_short

    assert complement_joins() == function_words("joins") - lexicon().coordinating
    assert complement_joins() == {"of", "for"}  # "and" coordinates, it joins no complement
    assert holding_short.JOINS is complement_joins()
    assert holding_short.COORDINATING is lexicon().coordinating


@pytest.mark.parametrize(
    "word", ["of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la"]
)
def test_a_capitalised_name_keeps_its_function_words_in_lower_case(word: str) -> None:
    assert case_form(f"bank {word} tripoli") == f"Bank {word} Tripoli"
    assert case_form(f"BANK {word.upper()} TRIPOLI") == f"Bank {word} Tripoli"


def test_a_capitalised_name_keeps_its_arabic_article_capitalised() -> None:
    assert case_form("khalid al mishri") == "Khalid Al Mishri"  # "al" is no title_case word


@pytest.mark.parametrize(
    "word",
    ["of", "the", "for", "and", "in", "on", "at", "to", "a", "an", "al", "el", "de", "des", "du"],
)
def test_a_quoted_name_may_hold_its_function_words(word: str) -> None:
    assert title_case_name(f"Fund {word} Derna")


def test_a_quotation_of_words_is_no_name() -> None:
    assert not title_case_name("Fund said Derna")


@pytest.mark.parametrize(
    "word", ["of", "the", "and", "for", "in", "on", "to", "de", "du", "des", "la"]
)
def test_an_acronym_skips_the_core_function_words(word: str) -> None:
    assert "GNA" in initials(f"Government {word} National Accord")


@pytest.mark.parametrize("word", ["d", "l", "le", "les", "pour", "et", "au", "aux", "à", "contre"])
def test_an_acronym_may_skip_the_french_function_words(word: str) -> None:
    assert "BT" in initials(f"Banque {word} Tripoli")


def test_a_french_acronym_spells_pour_or_skips_it() -> None:
    assert "FACT" in initials("Front pour l'alternance et la concorde au Tchad")
    assert "RPR" in initials("Rassemblement pour la République")


@pytest.mark.parametrize("word", ["of", "the", "for", "de", "du", "des"])
def test_a_complement_word_before_the_cut_makes_another_body(word: str) -> None:
    noc = Candidate(
        "noc", "National Oil Corporation", "ORG", 0.9, "National Oil Corporation", "exact"
    )
    assert same_body(noc, noc, ["libyan"])
    assert not same_body(noc, noc, ["office", word])


def test_the_rules_without_a_public_test_keep_the_words_their_examples_need() -> None:
    # "Fact-Finding Mission on Libya", "Center for ...": a run crosses these, and no body's own
    # word is one of them; "in"/"at" are not crossed (the place where the body is)
    assert {"of", "for", "and", "the", "on"} <= function_words("run")
    assert not {"in", "at"} & function_words("run")
    # "Food and Agriculture Organization", "United Nations Support Mission in Libya"
    assert {"of", "for", "and", "the", "on", "in"} <= function_words("owner")
    # "Ghadames Company for Air Transport"
    assert {"for", "of", "and"} <= function_words("joins")
    # a club name's translation adds, drops or fuses them ("du" = "of the", "de la", "d'")
    assert {"of", "the", "de", "du", "des", "la", "le", "d"} <= function_words("translation")
    # a headline's "Ministry of Water" and the text's "Ministry of the Interior" share only
    # these: no sign of one body written two ways
    assert {"of", "the", "and", "for", "on", "in"} <= function_words("headline_glue")
