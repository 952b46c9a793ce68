"""An office named after its holder's title is one body: "the Office of the Public Prosecutor".

Arabic names such a body by the title of the man who heads it (مكتب النائب العام, "the office of
the public prosecutor"; ديوان المحاسبة), and translation writes it "<Office|Bureau|Department>
of the <title>". The span's natural cuts (:func:`normx.resolve.pieces.pieces`) fall before a
title ("Turkish Defense | Minister Hulusi Akar"), so the office came apart at its title
("Office of the Public | Prosecutor"), and "Office of the Public" names nothing. When the span
is an office head, "of (the)", and a few words that end in a title (a man named after it:
"Office of the Prime Minister Abdul Hamid Dbeibah" still cuts at the man), it is one piece.
"""

from __future__ import annotations

from normx.resolve.context_words import context_at, name_word, title_phrase_at
from normx.resolve.span_tokens import SpanTokens

# heads of a body that is one man's office (English renderings of مكتب, ديوان, دائرة)
OFFICE_HEADS = frozenset({"office", "bureau", "department"})
MAX_TITLE_WORDS = 3  # "the Public Prosecutor", "the Military Attorney General"


def office_of_title(words: SpanTokens, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` read "<office head> of (the) <title>": a title word ends the
    span, at most :data:`MAX_TITLE_WORDS` words after "of (the)" ("Public Prosecutor",
    "Attorney General"), or a title phrase is all of them."""
    forms = words.forms
    if last - first < 2 or forms[first] not in OFFICE_HEADS or forms[first + 1] != "of":
        return False
    k = first + 3 if forms[first + 2] == "the" else first + 2
    if k > last or last - k + 1 > MAX_TITLE_WORDS:
        return False
    if title_phrase_at(words, k, last) and not any(name_word(words, t) for t in range(k, last + 1)):
        return True
    return forms[last] in words.lex.titles and context_at(words, last)
