"""A person's name whose only word spelled alike is a common given name needs its other words
spelled nearly so in a large gazetteer (normx.resolve.common_beside)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.common_beside import likeness_beside_common

FAMILIES = [
    "Al-Warfalli",
    "Al-Zawi",
    "Al-Obeidi",
    "Al-Mismari",
    "Al-Fitouri",
    "Al-Hasi",
    "Al-Barghathi",
    "Al-Tarhouni",
    "Al-Magariaf",
    "Al-Mahdawi",
    "Al-Gharyani",
    "Al-Sharif",
    "Al-Mangoush",
    "Al-Dabbashi",
    "Al-Kikhia",
    "Al-Senussi",
    "Al-Jaberi",
    "Al-Shami",
    "Al-Rabti",
    "Al-Hadi",
]
FATHERS = ["Salem", "Omar", "Khalifa", "Mabrouk", "Ramadan", "Faraj", "Masoud", "Hamza", "Jumaa"]
CHATAH = Record("per:chatah", "PER", "Hassan Chatah", "")
TEXT = "The mayor, Hassan Sheddi, said the road would reopen."


def _crowd() -> list[Record]:
    """Hundreds of Hassans and Mohammeds: a given name as common as in a large gazetteer."""
    names = [f"{g} {f} {fam}" for g in ("Hassan", "Mohammed") for f in FATHERS for fam in FAMILIES]
    more = [f"{f} {fam} {g}" for g in ("Nuri", "Bashir") for f in FATHERS for fam in FAMILIES]
    return [Record(f"per:c{k}", "PER", n, "") for k, n in enumerate(names + more)]


def _link(records: list[Record], text: str = TEXT) -> set[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return {m.id for m in doc.mentions}


def test_a_family_name_only_alike_beside_a_common_given_name_links_no_one():
    assert "per:chatah" not in _link([CHATAH, *_crowd()])


def test_the_family_name_spelled_nearly_so_still_links():
    assert "per:chatah" in _link([CHATAH, *_crowd()], "The mayor, Hassan Chattah, said so.")


def _cand(pairs: list[tuple[str, str, float]], keys: dict[str, str]) -> Candidate:
    explain = {
        "pairs": [{"query": q, "name": n, "sim": s} for q, n, s in pairs],
        "matched_tokens": [{"form": f, "key": k} for f, k in keys.items()],
    }
    return Candidate("per:x", "X", "PER", 0.86, "X", "fuzzy", explain)


def test_only_common_spelled_words_beside_a_likeness():
    def common(key: str) -> bool:
        return key == "HSN"

    cand = _cand(
        [("hassan", "hassan", 1.0), ("sheddi", "chatah", 0.825)], {"hassan": "HSN", "chatah": "ST"}
    )
    assert likeness_beside_common(cand, common)
    assert not likeness_beside_common(cand, None)  # no word counts: a small gazetteer
    rare = _cand(
        [("warda", "warda", 1.0), ("sheddi", "chatah", 0.825)], {"warda": "WRT", "chatah": "ST"}
    )
    assert not likeness_beside_common(rare, common)  # an uncommon word spelled alike stands
    near = _cand(
        [("hassan", "hassan", 1.0), ("hafter", "haftar", 0.95)], {"hassan": "HSN", "haftar": "HFTR"}
    )
    assert not likeness_beside_common(near, common)
