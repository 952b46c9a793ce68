"""A place's or body's name of several words matched with one word pair under the pair floor
names another place or body (normx.resolve.unlike_pair): "Mansur Al-Jadid" (a man) is not
Al-Manar Al-Jadid (Mansur / Manar, 0.75); spelling variants of one word ("Jabal Awainat",
Jebel Uweinat) and a word beside its adjective form ("Arab" / "Arabian") stay linked."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.unlike_pair import adjective_form, another_word_paired

GAZETTEER = """\
- id: org:al-manar-al-jadid
  type: ORG
  name: {en: "Al-Manar Al-Jadid"}
- id: loc:jebel-uweinat
  type: LOC
  name: {en: "Jebel Uweinat"}
- id: loc:tall-hamid
  type: LOC
  name: {en: "Tall Hamid"}
- id: org:arabian-gulf-drilling-company
  type: ORG
  name: {en: "Arabian Gulf Drilling Company", ar: "شركة الخليج العربي للحفر"}
- id: org:sirte-drilling-company
  type: ORG
  name: {en: "Sirte Drilling Company", ar: "شركة سرت للحفر"}
- id: org:arab-maghreb-union
  type: ORG
  name: {en: "Arab Maghreb Union", ar: "اتحاد المغرب العربي"}
"""


def _cand(sims: list[float], method: str = "fuzzy", etype: str = "ORG") -> Candidate:
    explain = {"pairs": [{"query": f"q{i}", "name": f"n{i}", "sim": s} for i, s in enumerate(sims)]}
    return Candidate("org:x", "X", etype, 0.8, "X", method, explain)


def _paired(query: str, name: str, sim: float) -> Candidate:
    pairs = [
        {"query": query, "name": name, "sim": sim},
        {"query": "gulf", "name": "gulf", "sim": 1.0},
    ]
    return Candidate("org:x", "X", "ORG", 0.8, "X", "fuzzy", {"pairs": pairs})


def test_a_pair_under_the_floor_is_another_word() -> None:
    assert another_word_paired(_cand([1.0, 0.752]))
    assert another_word_paired(_cand([0.97, 0.728], etype="LOC"))


def test_variants_lone_words_persons_and_cross_script_are_not_judged() -> None:
    assert not another_word_paired(_cand([0.931, 0.783]))  # Qararat / Grara
    assert not another_word_paired(_cand([0.7]))  # a lone word: judged whole
    assert not another_word_paired(_cand([1.0, 0.7], etype="PER"))
    assert not another_word_paired(_cand([0.895, 0.712], method="cross-script"))  # Um / أم


def test_names_sharing_one_word_with_a_body_or_place_are_not_linked(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = (
        "The company Mansur Al-Jadid said its convoys crossed Jabal Awainat on Sunday. "
        "Its manager Adel Hamid was with them."
    )
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert linked.get("Mansur Al-Jadid") is None  # Mansur / Manar, 0.75
    assert linked.get("Adel Hamid") is None  # Adel / Tall, 0.73
    assert linked.get("Jabal Awainat") == "loc:jebel-uweinat"


def test_a_word_and_its_adjective_form_are_one_word() -> None:
    assert adjective_form("arab", "arabian")
    assert adjective_form("libyan", "libya")
    assert adjective_form("egypt", "egyptian")
    assert not adjective_form("mansur", "manar")
    assert not adjective_form("ras", "rasi")  # too short a stem to tell
    assert not adjective_form("arab", "arabella")  # no adjective ending
    assert not another_word_paired(_paired("arab", "arabian", 0.734))
    assert another_word_paired(_paired("arab", "arabella", 0.734))


def test_a_body_named_with_its_adjective_form_stays_linked(tmp_path: Path) -> None:
    # "Arab" / "Arabian" (0.73) is one Arabic word (العربي) rendered two ways: the whole name
    # is the company's, not "Drilling Company" tied between two drilling companies
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    text = "Work stopped, while the Arab Gulf Drilling Company announced a halt in Sirte."
    linked = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert linked.get("Arab Gulf Drilling Company") == "org:arabian-gulf-drilling-company"
