"""A firm written "Company of X": the Arabic construct شركة X rendered word for word.

Arabic running text names a firm by its kind and then its own name: شركة ميدسكاي ("the
company Medsky"), شركة البيرق, شركة برنيق للطيران. Machine translation keeps the construct
word for word, with "of": "the Company of Medsky", "the Company of Albayrak", "the Company of
Barniq". The firm's own name, as Wikipedia titles and the gazetteers hold it, is X with its
own kind words (Medsky Airways, Albayrak Group, Berniq Airways) and without the head noun the
sentence put before it, so the whole span matches nothing, and the span stayed one unknown
name: X was never asked about.

When a span opens with a kind of firm the name may leave unsaid (the gloss lexicon's
``unsaid_kinds``: "company") and "of", and the whole does not link cleanly, the firm's own
name is what follows "of" (and "the"): it is resolved on its own, as a span of its own would
be, and the head noun is no part of any mention. What it links to must be an organisation,
or nothing yet (a bare own word is linked later, by :mod:`normx.resolve.core_name`, to the
body whose name is that word and kind words); a person or a place there ("the Company of
Hassan Allam", "the Company of Tripoli for ...") is not the firm, and the whole stays one
unknown name as before. The gloss matcher excuses the same head when the whole is said
(:func:`normx.mt.gloss_score.score_name`: "Company of the Turkish Airlines" is الخطوط الجوية
التركية); this rule is for the names the gloss lexicon cannot say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon

if TYPE_CHECKING:
    from normx.resolve.span_tokens import SpanTokens


def firm_name_start(words: SpanTokens, first: int, last: int) -> int | None:
    """The token where the firm's own name starts, when tokens *first* .. *last* open with a
    capitalised kind of firm the name may leave unsaid and "of" ("Company of (the) X"); None
    otherwise."""
    if last - first < 2:
        return None
    tokens, forms = words.tokens, words.forms
    if not tokens[first].cap or forms[first] not in default_lexicon().unsaid_kinds:
        return None
    if forms[first + 1] != "of":
        return None
    start = first + 2
    if forms[start] == "the":
        start += 1
    if start > last or not tokens[start].cap:
        return None
    return start
