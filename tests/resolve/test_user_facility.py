"""The user's facility named after a shipped place answers the place's bare name when the
document speaks of the facility (normx.resolve.user_facility)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normx.api import Normalizer
from normx.gazetteer.paths import DEFAULTS_ENV

SHIPPED = [
    {
        "id": "loc:qasr-town",
        "type": "LOC",
        "name": {"en": "Qasr Dahab", "ar": "قصر ذهب"},
        "note": "OSM place=town",
    },
    {
        "id": "loc:wadi-village",
        "type": "LOC",
        "name": {"en": "Wadi Nur", "ar": "وادي نور"},
        "note": "OSM place=village",
    },
]
USER_GAZ = [
    {
        "id": "loc:my-qasr-airport",
        "type": "LOC",
        "name": {"en": "Qasr Dahab International Airport", "ar": "مطار قصر ذهب الدولي"},
    },
    {
        "id": "loc:my-wadi-airbase",
        "type": "LOC",
        "name": {"en": "Wadi Nur Airbase", "ar": "قاعدة وادي نور الجوية"},
    },
    {"id": "loc:my-zliten", "type": "LOC", "name": {"en": "Zliten", "ar": "زليتن"}},
]


@pytest.fixture()
def nz(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Normalizer:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "places.yaml").write_text(yaml.safe_dump(SHIPPED, allow_unicode=True), "utf-8")
    home = [{"id": "loc:libya", "type": "LOC", "name": {"en": "Libya", "ar": "ليبيا"}}]
    (shipped / "country-libya.yaml").write_text(yaml.safe_dump(home, allow_unicode=True), "utf-8")
    monkeypatch.setenv(DEFAULTS_ENV, str(shipped))
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    return Normalizer.load([own], defaults=True, use_cache=False)


def _link(nz: Normalizer, text: str, name: str) -> str | None:
    found = [m.id for m in nz.canonicalize(text).mentions if m.text == name]
    assert found, name
    return found[-1]


def test_the_facility_when_the_document_says_so(nz: Normalizer) -> None:
    said = "The plane was diverted to the airport of Qasr Dahab on Sunday."
    assert _link(nz, said, "Qasr Dahab") == "loc:my-qasr-airport"
    landed = "The delegation landed at Qasr Dahab on Sunday."
    assert _link(nz, landed, "Qasr Dahab") == "loc:my-qasr-airport"
    # a head after the name elsewhere in the document: one name, one sense per document
    text = "Flights resumed at Qasr Dahab airport. Passengers waited in Qasr Dahab for hours."
    assert _link(nz, text, "Qasr Dahab") == "loc:my-qasr-airport"


def test_the_town_when_the_document_does_not(nz: Normalizer) -> None:
    text = "Fighting broke out in Qasr Dahab on Sunday."
    assert _link(nz, text, "Qasr Dahab") == "loc:qasr-town"


def test_a_village_gives_way_without_such_words(nz: Normalizer) -> None:
    text = "Fighting broke out in Wadi Nur on Sunday."
    assert _link(nz, text, "Wadi Nur") == "loc:my-wadi-airbase"


def _asked(text: str, exact: list, standing: dict[str, int]) -> tuple[list, list[str]]:
    from normx.match.candidate import Candidate
    from normx.resolve.user_facility import users_facility_first

    asked: list[str] = []
    airport = Candidate(
        "loc:my-airport", "Qasr Dahab Airport", "LOC", 0.9, "Qasr Dahab Airport", "fuzzy"
    )

    def match(query: str, phrase: bool) -> list[Candidate]:
        asked.append(query)
        return [airport]

    heads = {"airport"}
    found = users_facility_first(exact, "Qasr Dahab", text, match, standing.__getitem__, heads)
    return found or [], asked


def test_the_matcher_is_not_asked_when_the_text_alone_keeps_the_town() -> None:
    """A town (not a village) in a text that speaks of no facility keeps its exact records
    whatever the matcher would say: not asked (session 20, first-pass speed)."""
    from normx.match.candidate import Candidate
    from normx.resolve.standing import MINOR, USER

    town = Candidate("loc:qasr-town", "Qasr Dahab", "LOC", 1.0, "Qasr Dahab", "exact")
    standing = {"loc:qasr-town": USER - 1, "loc:my-airport": USER}
    found, asked = _asked("Fighting broke out in Qasr Dahab.", [town], standing)
    assert found == [town] and asked == []
    found, asked = _asked("Flights resumed at Qasr Dahab airport.", [town], standing)
    assert [c.id for c in found] == ["loc:my-airport"] and asked == ["Qasr Dahab"]
    village = {"loc:qasr-town": MINOR, "loc:my-airport": USER}  # a village: asked anyway
    found, asked = _asked("Fighting broke out in Qasr Dahab.", [town], village)
    assert [c.id for c in found] == ["loc:my-airport"] and asked == ["Qasr Dahab"]
