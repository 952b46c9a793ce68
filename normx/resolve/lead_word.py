"""A word before a body's name that the body's Arabic name does not say names another body.

Translation renders a body's name word by word, and a capitalised word or two before the
part the gazetteer knows is often the same body's own adjective spelled another way
("Supreme" for الأعلى where the gazetteer says "High"), so the linker lets such leading words
join the mention (:func:`~normx.resolve.body_names.absorbs`). But when the leading word is
one the gloss lexicon renders, and none of its renderings is a word of the body's Arabic
names, the text says a word the body's name lacks: "Holding Company of Communications" (a
holding company, القابضة) is not the telecom company whose Arabic name is الشركة الليبية
الدولية للاتصالات, however well "Company of Communications" matches it; the text names a
body the gazetteer may hold under another name, or not at all. The whole name is then left
unlinked. Country and nationality words ("Libyan"), the adjectives English short forms
drop (National, General: ``weak_arabic``) and words the lexicon does not know are no such
evidence, nor is a body without an Arabic name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words

ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]


def lead_names_another(
    lead: Iterable[str], cand: Candidate | None, arabic_names: ArabicNames | None
) -> bool:
    """Whether a folded word of *lead* (the words before the linked part) says what *cand*'s
    Arabic names do not (see the module docstring)."""
    if cand is None or cand.type != "ORG" or arabic_names is None:
        return False
    arabic = {w for name in arabic_names(cand.id) for w in name}
    if not arabic:
        return False
    return any(_unsaid(form, arabic) for form in lead)


def _unsaid(form: str, arabic: set[str]) -> bool:
    """The lexicon renders *form* (no place word, no weak adjective) and no rendering is a
    word, or run of words, of *arabic*."""
    lex = default_lexicon()
    entry = lex.entries.get((form,))
    if entry is None or entry.place or not entry.renderings:
        return False
    weak = {w for text in lex.weak_arabic for w in arabic_words(text)}
    renderings = [set(arabic_words(" ".join(r))) for r in entry.renderings if r]
    if any(r <= weak for r in renderings):
        return False
    return not any(r <= arabic for r in renderings)
