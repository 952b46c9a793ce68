"""A one-word place name keeps its article: al-X is not the X written without it.

The Arabic matcher compares words without their article (al-Kawari and Kawari both meet
الكواري), and the Latin spelling often drops an article the Arabic writes. The other way is
evidence, though: a one-word name written without the article (زهرة, Zahrah) is not what a
query spelt with one (Al-Zahra) names when the gazetteer also holds an articled name
(الزهراء) it reads; for a one-word place the article is part of the name (الزاوية, المرج).
Back-translation answered Al-Zahra with زهرة through the guess الزهرة (towns-xscript, session
15), while Zahrah -> زهرة was one of its gains. So the match of a one-word name without the
article, paired alone with a query part whose best guess has it, loses
:data:`ARTICLE_ADDED_COST` of its score, as a given name does (``ARTICLE_GIVEN_COST``). A name
opening with alef is exempt: the article as spoken, its lam assimilated and unwritten (an
Nattatat / انطاطات, which the cost without this exemption lost to النطات).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.text.arabic import normalize_arabic

if TYPE_CHECKING:
    from normx.mt.arabic_match import ArabicName, PartGuesses

ARTICLE_ADDED_COST = 0.1


def article_added(
    pairs: Sequence[tuple[tuple[int, ...], str, tuple[int, ...], float]],
    parts: Sequence[PartGuesses],
    name: ArabicName,
) -> bool:
    """True when *name* is one word written without the article and a query part whose best
    guess has the article pairs alone with it."""
    if len(name.words) != 1 or len(name.articles) != 1 or name.articles[0]:
        return False
    if normalize_arabic(name.text).lstrip().startswith("ا"):
        return False  # the spoken article's alef (انطاطات)
    return any(nu == (0,) and len(qu) == 1 and parts[qu[0]].article for qu, _, nu, _ in pairs)
