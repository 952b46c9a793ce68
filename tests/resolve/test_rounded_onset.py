"""A name word opening on o/u is not the same word as one opening on a consonant
(normx.resolve.rounded_onset): "Salah Al-Obaidi" (عبيدي) is not Salah Badi (بادي), though
the phonetic keys agree; prosthetic a/i (Brahim / Ibrahim) and the French ou for و are not
judged so."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.rounded_onset import rounded_onset_dropped
from normx.resolve.word_agreement import person_words_agree

GAZETTEER = """\
- id: per:salah-badi
  type: PER
  name: {en: "Salah Badi"}
- id: per:ibrahim-jadran
  type: PER
  name: {en: "Ibrahim Jadran"}
"""


def _pair(q: str, n: str, sim: float = 0.86) -> dict[str, object]:
    return {"query": q, "name": n, "sim": sim, "how": "key"}


def test_an_opening_o_or_u_against_a_consonant_is_another_letter() -> None:
    assert rounded_onset_dropped([_pair("salah", "salah", 1.0), _pair("obaidi", "badi")])
    assert rounded_onset_dropped([_pair("badi", "ubaydi")])


def test_prosthetic_a_i_and_french_ou_for_waw_are_not_judged() -> None:
    assert not rounded_onset_dropped([_pair("brahim", "ibrahim")])
    assert not rounded_onset_dropped([_pair("amhamed", "mhamed")])
    assert not rounded_onset_dropped([_pair("ouarfalli", "warfalli")])
    assert not rounded_onset_dropped([_pair("othman", "othman", 1.0)])


def test_person_words_agree_refuses_the_rounded_onset_likeness() -> None:
    explain = {
        "pairs": [_pair("salah", "salah", 1.0), _pair("obaidi", "badi")],
        "query_tokens": [{"form": "salah"}, {"form": "obaidi"}],
        "matched_tokens": [{"form": "salah", "key": "SL"}, {"form": "badi", "key": "BT"}],
    }
    cand = Candidate("per:salah-badi", "Salah Badi", "PER", 0.89, "Salah Badi", "phonetic", explain)
    assert not person_words_agree(cand, "Salah Al-Obaidi")


def test_an_unknown_lawyer_is_not_linked_to_a_look_alike(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = "His lawyer Salah Al-Obaidi said the trial was unfair. Brahim Jadran was absent."
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions if m.id}
    assert "per:salah-badi" not in linked.values()
    assert linked.get("Brahim Jadran") == "per:ibrahim-jadran"
