"""A natural feature the text names is not the administrative unit named after it.

Libya's districts take the names of the regions they cover: شعبية الجبل الغربي, the Jabal al
Gharbi District, is named for the Western Mountain (الجبل الغربي), the range the Nafusa
Mountains also name; شعبية الجبل الأخضر for the Green Mountain. A gazetteer that records the
district's short Arabic name (as Wikipedia's titles do) lets the gloss of "the Western
Mountain" reach the district exactly, while the text said "Mountain", the feature's own word.
When the text's words hold a natural-feature noun (``features`` of
``normx/detect/data/heads.yaml``) and the canonical English name of the place linked says an
administrative unit (``administrative``: district, governorate ...) and not that noun, the text
names the feature, not the unit: no link (the feature, under its own name, is for the
gazetteer to hold). The canonical name says what the record is; its short aliases drop the
designator as English does ("Jabal al Gharbi", "Jufra"), which is why they reach the unit
from a bare name, and a bare name is not judged here. A place whose canonical name says the
noun ("Nafusa Mountains") or no unit at all is not judged so.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from normx.match.candidate import Candidate
from normx.resolve import designators


def feature_not_unit(said: Sequence[str], cand: Candidate, canonical: str) -> bool:
    """*said* (the mention's folded words) holds a natural-feature noun, and *cand*'s
    *canonical* English name holds an administrative designator but not that noun."""
    if cand.type != "LOC":
        return False
    features = _feature_nouns()
    nouns = {w for w in said if w in features}
    if not nouns:
        return False
    admin = designators.administrative_words()
    words = set(designators.name_words(canonical))
    return bool(words & admin) and not nouns & words


@cache
def _feature_nouns() -> frozenset[str]:
    """The natural-feature nouns as a set, made once (each segment asked about built it)."""
    return frozenset(designators.feature_order())
