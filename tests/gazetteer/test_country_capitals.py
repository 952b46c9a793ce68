"""The shipped countries carry their capitals: the country files' records noted "capital of
<country>", read by normx.gazetteer.countries.country_capitals (one source for the capitals
normx.resolve.seat_country reads and the records the linker links)."""

from __future__ import annotations

import re

import yaml

from normx.gazetteer.countries import country_capitals
from normx.gazetteer.demonyms import country_demonyms
from normx.gazetteer.paths import default_gazetteer_paths


def _by_name() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {c.name: (c.names, c.capital) for c in country_capitals()}


def test_a_country_carries_its_capitals_names_in_both_languages() -> None:
    countries = _by_name()
    names, capital = countries["Egypt"]
    assert "مصر" in names and capital == ("Cairo", "القاهرة")
    assert "مدينة تونس" in countries["Tunisia"][1] and "Tunis" in countries["Tunisia"][1]
    assert "Washington" in countries["United States"][1]  # "capital of the United States"
    assert "Berlin" in countries["Germany"][1]  # "capital of Germany, venue of ..."
    # the home country, whose capital is an OSM place, not a record of the country files
    assert "ليبيا" in countries["Libya"][0] and countries["Libya"][1] == ()


def test_every_capital_record_names_a_shipped_country() -> None:
    countries = _by_name()
    notes = []
    for root in default_gazetteer_paths():
        for path in sorted(root.rglob("countries.yaml")) if root.is_dir() else ():
            notes += [str(r.get("note") or "") for r in yaml.safe_load(path.read_text("utf-8"))]
    capitals = [m.group(1) for n in notes if (m := re.match(r"capital of (?:the )?([^,]+)", n))]
    assert len(capitals) > 30
    assert not [c for c in capitals if c not in countries]
    assert sum(bool(capital) for _, capital in countries.values()) == len(capitals)


def test_every_demonym_table_country_is_a_shipped_country() -> None:
    assert set(country_demonyms()) <= set(_by_name())
