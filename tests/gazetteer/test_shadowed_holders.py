"""A shadowed shipped record holds no names in inheritance: the user's records inherit the
same names with the shipped gazetteers loaded as without them (normx.gazetteer.inherit)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normx.api import Normalizer
from normx.gazetteer.paths import DEFAULTS_ENV

SHIPPED = [
    {
        "id": "org:un",
        "type": "ORG",
        "name": {"en": "United Nations", "ar": "الأمم المتحدة"},
        "aliases": {"en": ["UN"]},
    },
    {
        "id": "org:unsc",
        "type": "ORG",
        "name": {"en": "United Nations Security Council", "ar": "مجلس الأمن الدولي"},
        "aliases": {"en": ["UN Security Council"]},
    },
]
USER_GAZ = [
    {"id": "org:my-un", "type": "ORG", "name": {"en": "United Nations", "ar": "الأمم المتحدة"}},
    {
        "id": "org:my-unsc",
        "type": "ORG",
        "name": {"en": "United Nations Security Council", "ar": "مجلس الأمن الدولي"},
    },
]


@pytest.mark.parametrize("defaults", [False, True])
def test_the_longer_alias_inherited_with_and_without_the_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, defaults: bool
) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "orgs.yaml").write_text(yaml.safe_dump(SHIPPED, allow_unicode=True), "utf-8")
    monkeypatch.setenv(DEFAULTS_ENV, str(shipped))
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    nz = Normalizer.load([own], defaults=defaults, use_cache=False)
    found = {m.text: m.id for m in nz.canonicalize("The UN Security Council met.").mentions}
    assert found == {"UN Security Council": "org:my-unsc"}
