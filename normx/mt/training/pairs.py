"""Latin→Arabic name-token pairs for training the back-transliteration model.

Only permissively licensed sources are read (wikidata-names-coling2018 CC0, google-translit
Apache-2.0, rigour-person-names MIT): the model is shipped, so its training data must be
shippable too. ANETAC is read by :mod:`normx.mt.training.evaluate` for evaluation only.

Both sides are put in the form the model sees at run time (:func:`latin_key`,
:func:`arabic_target`), so training and inference cannot drift apart. Arabic targets keep letter
identities (ة stays ة, أ stays أ): the model should write Arabic as a gazetteer would, and the
matcher's own normalisation merges the variants later.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from normx.text.arabic import strip_marks
from normx.text.latin import fold

WIKIDATA = "wikidata-names-coling2018/wd_arabic.normalized.aligned.tokens.tsv"
GOOGLE = "google-translit/ar2en.txt"
RIGOUR = "rigour-person-names/persons_arabic_script.txt"
SOURCES = {
    "wikidata-names-coling2018": "CC0-1.0",
    "google-translit": "Apache-2.0",
    "rigour-person-names": "MIT",
}

MAX_CHARS = 24  # longer "tokens" are phrases or noise; names parts are far shorter
_LATIN_OK = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Arabic letters proper (hamza..yeh); Persian/Urdu-only letters mean the form is not Arabic
_ARABIC_OK = re.compile("[\u0621-\u063a\u0641-\u064a]+")


@dataclass(frozen=True, slots=True)
class Pair:
    """One training example: a folded Latin token, its Arabic spelling, a sampling weight."""

    latin: str
    arabic: str
    weight: int = 1
    source: str = ""
    arab: bool = False  # an Arab-origin spelling (see :func:`is_arab_spelling`)


def latin_key(token: str) -> str:
    """The Latin form the model reads: folded (Özbal -> ozbal), hyphens kept, other marks gone."""
    folded = fold(token)
    folded = re.sub(r"[\s_‐‑‒–—―]+", "-", folded)
    return re.sub(r"[^a-z-]", "", folded).strip("-")


def arabic_target(text: str) -> str:
    """The Arabic form the model writes: marks and tatweel stripped, letters as given."""
    return re.sub(r"\s+", " ", strip_marks(text)).strip()


def _valid(latin: str, arabic: str) -> bool:
    return (
        0 < len(latin) <= MAX_CHARS
        and 0 < len(arabic) <= MAX_CHARS
        and _LATIN_OK.fullmatch(latin) is not None
        and _ARABIC_OK.fullmatch(arabic) is not None
    )


# Letters Arabic writes for its own sounds and seldom uses for foreign names (Western names in
# Arabic write t, s, k, h, a with ت س ك ه ا; طه, صالح, عبد, حامد, قاسم, فاطمة do not).
ARAB_LETTERS = frozenset("عحصضظقطة")
ARAB_SOURCES = frozenset({"google-translit", "rigour-person-names"})


def is_arab_spelling(arabic: str, source: str) -> bool:
    """True when a pair most likely spells an Arab name as Arabic writes it.

    Wikidata's pairs are mostly Western names written in Arabic (Mogherini -> موغيريني), and a
    model trained on them writes Arab names the Western way (Tarek -> تاريك, not طارق). A pair
    counts as Arab when its source lists Arab names (google-translit, the Arabic-script clusters
    of rigour) or its Arabic uses letters of Arabic's own sounds (:data:`ARAB_LETTERS`).
    """
    return source in ARAB_SOURCES or any(ch in ARAB_LETTERS for ch in arabic)


def arab_weight(pair: Pair) -> int:
    """Training weight that shifts the model toward Arab spellings: an Arab pair gets one more
    sample (max 4), any other pair one sample, however often Wikidata attests it."""
    return min(4, pair.weight + 1) if pair.arab else 1


def _count_weight(count: int) -> int:
    """Frequent pairs are seen more often, but logarithmically: 1, 2 for 2-3, 3 for 4-7, max 4."""
    return min(4, 1 + int(math.log2(max(1, count))))


def read_wikidata(path: Path) -> Iterator[Pair]:
    """``english<TAB>ا ر ب ي<TAB>count`` lines: the Arabic letters are joined."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            latin = latin_key(parts[0])
            arabic = arabic_target(parts[1].replace(" ", ""))
            try:
                count = int(parts[2])
            except ValueError:
                count = 1
            if _valid(latin, arabic):
                yield Pair(latin, arabic, _count_weight(count), "wikidata-names-coling2018")


def read_google(path: Path) -> Iterator[Pair]:
    """``arabic<TAB>english`` lines, read in the reverse direction."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            latin, arabic = latin_key(parts[1]), arabic_target(parts[0])
            if _valid(latin, arabic):
                yield Pair(latin, arabic, 1, "google-translit")


def read_rigour(path: Path) -> Iterator[Pair]:
    """``variant, variant, ... => QID`` clusters: every Latin member to every Arabic member.

    Only one-word members are used on both sides (a multi-word Arabic member cannot be aligned to
    a Latin member word by word without guessing). A cluster's Latin members each get every
    Arabic spelling, so the model learns that one spelling may be written several ways.
    """
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            members = line.split("=>")[0].split(", ")
            latins, arabics = [], []
            for member in (m.strip() for m in members):
                if not member or " " in member:
                    continue
                arabic = arabic_target(member)
                if _ARABIC_OK.fullmatch(arabic):
                    arabics.append(arabic)
                elif re.fullmatch(r"[A-Za-z\u00c0-\u024f'’-]+", member):
                    latins.append(latin_key(member))
            for latin in dict.fromkeys(latins):
                for arabic in dict.fromkeys(arabics):
                    if _valid(latin, arabic):
                        yield Pair(latin, arabic, 1, "rigour-person-names")


def load_pairs(data_dir: str | Path) -> list[Pair]:
    """All pairs from the three sources, deduplicated (the weights of duplicates add, max 4)."""
    root = Path(data_dir)
    merged: dict[tuple[str, str], Pair] = {}
    for reader, rel in ((read_wikidata, WIKIDATA), (read_google, GOOGLE), (read_rigour, RIGOUR)):
        path = root / rel
        if not path.is_file():
            continue
        for pair in reader(path):
            key = (pair.latin, pair.arabic)
            arab = is_arab_spelling(pair.arabic, pair.source)
            prev = merged.get(key)
            if prev is None:
                merged[key] = Pair(pair.latin, pair.arabic, pair.weight, pair.source, arab)
            else:
                weight = min(4, prev.weight + pair.weight)
                merged[key] = Pair(prev.latin, prev.arabic, weight, prev.source, prev.arab or arab)
    return sorted(merged.values(), key=lambda p: (p.latin, p.arabic))


def split_pairs(
    pairs: list[Pair], *, seed: int, dev_fraction: float = 0.03, dev_max: int = 2000
) -> tuple[list[Pair], list[Pair]]:
    """Train/dev split by *Latin form*, so no dev source word was seen in training."""
    latins = sorted({p.latin for p in pairs})
    rng = random.Random(seed)
    rng.shuffle(latins)
    n_dev = min(dev_max, max(1, int(len(latins) * dev_fraction))) if len(latins) > 1 else 0
    dev_latins = set(latins[:n_dev])
    train = [p for p in pairs if p.latin not in dev_latins]
    dev = [p for p in pairs if p.latin in dev_latins]
    return train, dev
