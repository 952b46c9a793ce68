"""A person's name whose only words spelled alike are common given names: the rest must be
spelled nearly so.

"Hassan Sheddi" ~ Hassan Chatah (Sheddi / Chatah 0.825), "Ismaïl Bouzriba" ~ Ismail Zurob
(0.82): in a gazetteer of tens of thousands of Arab names, "Hassan" and "Ismail" say only
that the man is one of thousands; what tells him apart is the other word, and when that word
pairs with the gazetteer's only by likeness, some man among so many has a family name that
like it. The whole name being said does not help: a two-word name is one given name and one
family name, and the family name is the only evidence. So a loose match (phonetic, fuzzy) of
several words, whose every pair spelled at :data:`~normx.resolve.word_agreement.NEAR_SPELLING`
or better is a common name part (*common_key*: phonetic key -> as common as Muhammad in this
gazetteer), is no match when another of its words pairs below that: a vowel or a doubled
letter apart is a spelling of the same name ("Saleh" / "Salih"), a consonant apart is another
name. A small gazetteer has no common parts in this sense (every part weighs fully), and the
rule does not act there. Cross-script matches, whose similarities run lower, are not judged
so; nor are matches with a word of the text spelled nearly as the gazetteer spells an
uncommon word ("Akila Saleh" for Aguila Saleh Issa stands on "Saleh" only with "Akila" close).
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.resolve.word_agreement import NEAR_SPELLING


def likeness_beside_common(cand: Candidate, common_key: Callable[[str], bool] | None) -> bool:
    """*cand*, a loose match of a person's name of several words, holds no word spelled nearly
    as the gazetteer spells it but common given names, and at least one word only alike."""
    if common_key is None or cand.type != "PER" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    ex = cand.explain
    pairs = ex.get("pairs") or ()
    if len(pairs) < 2:
        return False
    keys = {t.get("form"): str(t.get("key") or "") for t in ex.get("matched_tokens") or ()}
    near = [float(p.get("sim", 0.0)) >= NEAR_SPELLING for p in pairs]
    if not any(near) or all(near):
        return False
    return all(
        common_key(keys.get(p.get("name"), "")) for p, n in zip(pairs, near, strict=True) if n
    )
