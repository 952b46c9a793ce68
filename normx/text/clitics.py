"""The Arabic proclitics the rules take off or put before a word, read from data.

``normx/text/data/clitics.yaml`` holds each list under the name of what it is for (a letter
before any stem, the article with a letter glued before it, "in (the)" before a body ...), in
the order the rules try them. The lists were Python tuples in the modules that use them, a few
of them the same list twice; here they are data, read once, checked as every word list is
(:func:`normx.text.resources.word_list`).
"""

from __future__ import annotations

from normx.text.resources import word_list


def _clitics(key: str) -> tuple[str, ...]:
    return word_list("normx.text", "clitics.yaml", key)


LETTERS = _clitics("letters")  # و ب ل ف ك: one letter before a stem
WITH_ARTICLE = _clitics("with_article")  # وال بال كال فال لل
IN_BODY = _clitics("in_body")  # بال ب: a unit "in (the)" the body it sits in
BEFORE_WORD = _clitics("before_word")  # before a word the lexicon renders, longest first
BEFORE_PLACE = _clitics("before_place")  # a preposition or conjunction on a place word
BEFORE_NAME_WORD = frozenset(_clitics("before_name_word"))  # joined before a body's name word
