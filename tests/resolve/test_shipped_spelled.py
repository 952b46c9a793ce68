"""A shipped record matched by likeness only is kept when the text's name spells its Arabic
name (normx.resolve.shipped_spelled)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normx.api import Normalizer
from normx.gazetteer.paths import DEFAULTS_ENV
from normx.match.candidate import Candidate
from normx.resolve.generic import arabic_words
from normx.resolve.shipped_spelled import spells_arabic, unspelled_shipped_dropped
from normx.resolve.standing import MAJOR, MINOR, USER

ARABIC = {
    "loc:tajerhi": ("تجرهي",),
    "loc:harqa": ("حرقة",),
    "org:saiqa": ("قوات الصاعقة",),
    "loc:umm-faar": ("أم الفار",),
    "loc:mine": ("السكة",),
    "loc:brak-air-base": ("قاعدة براك الجوية",),
}
STANDING = {"loc:tajerhi": MINOR, "loc:harqa": MINOR, "loc:umm-faar": MINOR, "org:saiqa": MAJOR}


def _names(rid: str) -> tuple[tuple[str, ...], ...]:
    return tuple(arabic_words(n) for n in ARABIC.get(rid, ()))


def _cand(rid: str, method: str = "fuzzy", type: str = "LOC") -> Candidate:
    return Candidate(rid, rid, type, 0.9, rid, method, {})


def test_the_consonants_of_the_arabic_name_spelled() -> None:
    assert spells_arabic("Tajarhi", _names("loc:tajerhi"))
    assert spells_arabic("Al-Washka", [arabic_words("الوشكة")])  # w a glide, ة unwritten
    assert spells_arabic("Ganfouda", [arabic_words("قنفودة")])  # g written for ق
    assert not spells_arabic("Al-Sikka", _names("org:saiqa"))  # s-k is not s-q
    assert not spells_arabic("Hariga", [arabic_words("الحطيه")])
    # a word of the Arabic name the text leaves unsaid: a longer name
    assert not spells_arabic("Al-Far", _names("loc:umm-faar"))
    # generic place words aside on both sides
    assert spells_arabic("Dawara", [arabic_words("قرية الدوارة")])
    assert spells_arabic("Tajarhi airport", _names("loc:tajerhi"))


def test_unspelled_shipped_look_alikes_dropped() -> None:
    group = [_cand("org:saiqa", type="ORG"), _cand("loc:tajerhi", "phonetic")]
    kept = unspelled_shipped_dropped(group, "Tajarhi", STANDING.get, _names)
    assert [c.id for c in kept] == ["loc:tajerhi"]
    kept = unspelled_shipped_dropped(group, "Al-Sikka", STANDING.get, _names)
    assert kept == []


def test_a_name_written_as_the_record_writes_it_its_head_unsaid_stays() -> None:
    # the Arabic name lacks الشاطئ, but the text wrote the English name without its head
    base = Candidate(
        "loc:brak-air-base", "Brak Air Base", "LOC", 0.8, "Brak al-Shati Air Base", "fuzzy", {}
    )
    assert unspelled_shipped_dropped([base], "Brak Al-Shati", lambda rid: MAJOR, _names) == [base]


def test_the_users_records_exact_names_and_persons_are_not_judged() -> None:
    def standing(rid: str) -> int:
        return STANDING.get(rid, USER)

    user = _cand("loc:mine")
    exact = _cand("org:saiqa", "exact", "ORG")
    person = _cand("per:shipped", "phonetic", "PER")
    no_arabic = _cand("loc:unknown")
    group = [user, exact, person, no_arabic]
    assert unspelled_shipped_dropped(group, "Bahroun", standing, _names) == group
    assert unspelled_shipped_dropped(group, "Bahroun", standing, None) == group


SHIPPED = [
    {
        "id": "loc:tajerhi",
        "type": "LOC",
        "name": {"en": "Tajerhi", "ar": "تجرهي"},
        "note": "OSM place=village",
    },
    {
        "id": "loc:shafi",
        "type": "LOC",
        "name": {"en": "Shafi", "ar": "شفي"},
        "note": "OSM place=village",
    },
]
USER_GAZ = [{"id": "loc:my-zliten", "type": "LOC", "name": {"en": "Zliten", "ar": "زليتن"}}]


def _load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user: bool) -> Normalizer:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "places.yaml").write_text(yaml.safe_dump(SHIPPED, allow_unicode=True), "utf-8")
    home = [{"id": "loc:libya", "type": "LOC", "name": {"en": "Libya", "ar": "ليبيا"}}]
    (shipped / "country-libya.yaml").write_text(yaml.safe_dump(home, allow_unicode=True), "utf-8")
    monkeypatch.setenv(DEFAULTS_ENV, str(shipped))
    if not user:
        return Normalizer.load([], defaults=True, use_cache=False)
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    return Normalizer.load([own], defaults=True, use_cache=False)


def _links(nz: Normalizer, text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_no_village_the_user_lacks_is_linked_by_likeness(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nz = _load(tmp_path, monkeypatch, user=True)
    # session 17 (normx.resolve.shipped_likeness): spelling its Arabic name is not enough
    # for a village the user's gazetteer lacks; as held, it is linked
    assert _links(nz, "Gunmen attacked Tajarhi on Friday.").get("Tajarhi") is None
    assert _links(nz, "Gunmen attacked Tajerhi on Friday.").get("Tajerhi") == "loc:tajerhi"
    # "Safi" resembles the village Shafi, but s-f does not spell شفي
    assert _links(nz, "Gunmen attacked Safi on Friday.").get("Safi") is None


def test_off_when_the_shipped_files_alone_are_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nz = _load(tmp_path, monkeypatch, user=False)
    assert _links(nz, "Gunmen attacked Safi on Friday.").get("Safi") == "loc:shafi"
