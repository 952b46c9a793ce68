"""One word the text repeats, read as two different words of a person's name.

Arabic names repeat a name part ("Bouazza Ben Bouazza": Bouazza son of Bouazza; "Mohamed
Mohamed Ali"). Matched by likeness, each of the two writings may pair with a different word
of a longer gazetteer name that merely sounds like it ("Aziza Al-Uzza": aziza 0.92, uzza 0.83),
and the score then counts two words said where the text said one word twice. A man whose
name repeats a word has it twice in the gazetteer too, spelled alike; a name whose two
different words both resemble the one repeated word of the text is a chance likeness, not
his. Matches by spelling are not judged (the repeated word spelled as one of the name's
words is at least that word), nor are matches whose repeated word pairs with one name word.
"""

from __future__ import annotations

from normx.match.candidate import LIKENESS_METHODS, Candidate


def repeated_word_split(cand: Candidate) -> bool:
    """True when a word the query holds twice pairs, by likeness only, with two different
    words of *cand*'s name (see the module docstring)."""
    if cand.type != "PER" or cand.method not in LIKENESS_METHODS:
        return False
    pairs = cand.explain.get("pairs") or ()
    if len(pairs) < 2:
        return False
    partners: dict[str, set[str]] = {}
    spelled: set[str] = set()
    for p in pairs:
        query, name = str(p.get("query")), str(p.get("name"))
        partners.setdefault(query, set()).add(name)
        if float(p.get("sim", 0.0)) >= 1.0:
            spelled.add(query)
    return any(len(names) > 1 and q not in spelled for q, names in partners.items())
