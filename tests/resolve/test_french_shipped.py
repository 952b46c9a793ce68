"""A French wire sentence links with the shipped gazetteers alone: their records carry French
names (``name.fr``: French Wikipedia titles), spelled exactly, where the English names would
be reached only loosely, or not at all ("Idris Ier")."""

from __future__ import annotations

import pytest

from normx import Normalizer


@pytest.fixture(scope="module")
def shipped() -> Normalizer:
    return Normalizer.load([], defaults=True, use_cache=False)


WIRE = (
    "TRIPOLI, 3 décembre (AFP) - Le pays a connu le roi Idris Ier, puis Mouammar Kadhafi. "
    "Mardi, Vladimir Poutine a reçu Abdel Fattah al-Sissi. Le Haut Commissariat des Nations "
    "unies pour les réfugiés s'inquiète, comme la Banque mondiale. Des combats à Koufra et dans "
    "le Djebel Nefoussa ont été signalés, a dit l'Opération Dignité."
)


def test_a_french_wire_links_the_shipped_records_by_their_french_names(
    shipped: Normalizer,
) -> None:
    found = {m.text: (m.id, m.method) for m in shipped.canonicalize(WIRE).mentions}
    expected = {
        "Idris Ier": "per:idris-of-libya",
        "Mouammar Kadhafi": "per:muammar-gaddafi",
        "Vladimir Poutine": "per:vladimir-putin",
        "Abdel Fattah al-Sissi": "per:abdel-fattah-el-sisi",
        "Haut Commissariat des Nations unies pour les réfugiés": "org:unhcr",
        "Banque mondiale": "org:world-bank",
        "Koufra": "loc:kufra",
        "Djebel Nefoussa": "loc:nafusa-mountains",
        "Opération Dignité": "org:operation-dignity",
    }
    for text, rid in expected.items():
        assert found.get(text) == (rid, "exact"), (text, found.get(text))
