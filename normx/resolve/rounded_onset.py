"""A person's name word that opens on o/u, read loosely as a word opening on a consonant.

The phonetic key drops vowels, so "Obaidi" (عبيدي) and "Badi" (بادي) share the key BT and
pair at 0.86 by key alone: "Salah Al-Obaidi", a lawyer the gazetteer does not hold, linked to
Salah Badi. A word-initial vowel in a romanised Arabic name is a letter of the name, an ʿayn
or a hamza (DOMAIN.md section 1: ع is rendered a, e, o, u), not a vowel a translator may leave
out. Maghrebi and Libyan speech does add or drop an opening *a*/*i*/*e* (Brahim / Ibrahim,
Smail / Ismail, Amhamed / Mhamed), so those are left alone; an opening *o*/*u* is never such a
prosthetic vowel (Omar, Othman, Usama, Obaidi keep it), except as the French *ou* for و
(Ouarfalli / Warfalli), which stands for a consonant, so a partner opening on w or v is no
conflict either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

ROUNDED = frozenset("ou")
VOWELS = frozenset("aeiouy")
W_LIKE = frozenset("wv")  # French ou, Turkish v for و


def _opens_on_consonant(form: str) -> bool:
    return bool(form) and form[0].isalpha() and form[0] not in VOWELS and form[0] not in W_LIKE


def _rounded_against_consonant(a: str, b: str) -> bool:
    return bool(a) and a[0] in ROUNDED and _opens_on_consonant(b)


def rounded_onset_dropped(pairs: Iterable[Mapping[str, object]]) -> bool:
    """True when a loosely paired word (not spelled alike) opens on o/u and its partner
    opens on a consonant other than w/v, or the other way round: "Obaidi" ~ Badi."""
    for p in pairs:
        if float(p.get("sim", 0.0)) >= 1.0:  # type: ignore[arg-type]
            continue
        q, n = str(p.get("query") or ""), str(p.get("name") or "")
        if _rounded_against_consonant(q, n) or _rounded_against_consonant(n, q):
            return True
    return False
