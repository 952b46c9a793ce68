"""ShippedKeys: a key set read once, at the first question, and asked by normalised name."""

from __future__ import annotations

from normx.gazetteer.shipped_keys import ShippedKeys
from normx.gazetteer.towns import ShippedTowns, is_town
from normx.text.normalize import normalize_name


def test_fetches_at_the_first_question_and_only_then() -> None:
    calls: list[int] = []

    def fetch() -> frozenset[str]:
        calls.append(1)
        return frozenset({normalize_name("Misrata"), normalize_name("مصراتة")})

    ask = ShippedKeys(fetch)
    assert calls == []  # nothing read before a question
    assert ask("MISRATA") and ask("مصراتة") and ask("Misrata")
    assert not ask("Libya") and not ask("")
    assert calls == [1]


def test_shipped_towns_answers_as_is_town() -> None:
    names = ["Misrata", "Zawiya", "Tunis", "Libya", "Government of National Accord", "", "مصراتة"]
    one = ShippedTowns()
    assert [one(n) for n in names] == [is_town(n) for n in names]
    assert one("Misrata") and not one("Libya")
