"""Every non-NIL entity of the seed article is in the default gazetteers, under its canonical name.

The cluster -> (id, canonical English name) map below was written and checked by hand against
the seed article and English reference works; it is the issue's definition of done.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normx.gazetteer import load_gazetteers

REPO = Path(__file__).resolve().parents[2]
GAZETTEERS = REPO / "gazetteers"
SEED_GOLD = sorted((REPO / "seeds").glob("*.gold.jsonl"))

EXPECTED: dict[str, tuple[str, str]] = {
    "libya": ("loc:libya", "Libya"),
    "tripoli": ("loc:tripoli", "Tripoli"),
    "ankara": ("loc:ankara", "Ankara"),
    "turkey": ("loc:turkey", "Turkey"),
    "sirte": ("loc:sirte", "Sirte"),
    "benghazi": ("loc:benghazi", "Benghazi"),
    "jufra": ("loc:jufra-district", "Jufra District"),
    "abuqurayn": ("loc:abu-qurayn", "Abu Qurayn"),
    "washka": ("loc:al-wachkah", "Al Wachkah"),
    "shwayrif": ("loc:al-shuwairif", "Al Shuwairif"),
    "haftar": ("per:khalifa-haftar", "Khalifa Haftar"),
    "mishri": ("per:khalid-al-mishri", "Khalid al-Mishri"),
    "akar": ("per:hulusi-akar", "Hulusi Akar"),
    "nimrush": ("per:salah-al-din-al-namroush", "Salah al-Din al-Namroush"),
    "bashagha": ("per:fathi-bashagha", "Fathi Bashagha"),
    "guler": ("per:yasar-guler", "Yaşar Güler"),
    "dundar": ("per:umit-dundar", "Ümit Dündar"),
    "ozbal": ("per:adnan-ozbal", "Adnan Özbal"),
    "aksen": ("per:serhat-aksen", "Serhat Aksen"),
    "gna": ("org:government-of-national-accord", "Government of National Accord"),
    "hcs": ("org:high-council-of-state", "High Council of State"),
    "hor": ("org:house-of-representatives", "House of Representatives"),
    "jmc": ("org:5-plus-5-joint-military-commission", "5+5 Joint Military Commission"),
    "opsroom": ("org:sirte-jufra-operations-room", "Sirte-Jufra Operations Room"),
    "unsmil": (
        "org:united-nations-support-mission-in-libya",
        "United Nations Support Mission in Libya",
    ),
    "tpf": ("org:tripoli-protection-force", "Tripoli Protection Force"),
    "wagner": ("org:wagner-group", "Wagner Group"),
    "aljazeera": ("org:al-jazeera", "Al Jazeera"),
}


def _gold_clusters() -> dict[str, tuple[str, bool]]:
    """cluster -> (type, nil) over every seed gold file."""
    out: dict[str, tuple[str, bool]] = {}
    for path in SEED_GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                out[m["cluster"]] = (m["type"], bool(m["nil"]))
    return out


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteers([GAZETTEERS], defaults=False, use_cache=False)


def test_expected_map_covers_exactly_the_non_nil_clusters() -> None:
    clusters = _gold_clusters()
    assert SEED_GOLD, "no seed gold file found"
    non_nil = {c for c, (_, nil) in clusters.items() if not nil}
    assert set(EXPECTED) == non_nil


@pytest.mark.parametrize("cluster", sorted(EXPECTED))
def test_seed_cluster_has_entity_with_canonical_name(gazetteer, cluster: str) -> None:
    rid, canonical = EXPECTED[cluster]
    etype = _gold_clusters()[cluster][0]
    rec = gazetteer.get(rid)
    assert rec is not None, f"{rid} missing"
    assert rec.type == etype
    assert rec.name_en == canonical
    assert rec.name_ar, f"{rid} has no Arabic name"


def test_nil_clusters_are_not_curated(gazetteer) -> None:
    # NIL mentions (an unnamed channel, journalists) must stay out of the gazetteers.
    names = {n.casefold() for r in gazetteer.records for n in r.names("en")}
    assert "amer lavi" not in names
    assert "khaled karrouad" not in names
