"""AFP names Libya's transport bodies and facilities in French, the words after the first in
lower case: each must be a French gloss word for the name to run on (normx.detect.french_names),
and a port or a free zone is named by a lower-case head before its town ("port de Tripoli",
"zone franche de Misrata": the facility's name, not the town's). "l'Autorité" alone is the
authority just named; "Corée du Sud" is South Korea's French name (CLDR), spelled with the
"du" a text's words keep (normx.detect.trie). Session 30 (h-v49fix), articles-v49."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("french_transport.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    ("text", "name", "rid"),
    [
        (
            "Mais l'Autorité des routes et des ponts reconnaît que des routes restent à réparer.",
            "Autorité des routes et des ponts",
            "org:roads-authority",
        ),
        (
            "Des navires ont attendu, selon l'Autorité des ports et du transport maritime.",
            "Autorité des ports et du transport maritime",
            "org:ports-authority",
        ),
    ],
)
def test_a_french_body_runs_on_over_its_lower_case_words(
    nz: Normalizer, text: str, name: str, rid: str
) -> None:
    assert (name, rid) in mention_pairs(nz, text)


def test_a_port_and_a_free_zone_are_named_by_their_head(nz: Normalizer) -> None:
    text = (
        "La zone franche de Misrata a été dépassée par l'afflux de voitures. "
        "Au port de Tripoli, des dockers se plaignent."
    )
    # the zone's head and its adjective stay outside the mention (as for "base aérienne de"),
    # which links the zone the head and the town name together, not the town
    assert mention_pairs(nz, text) == [
        ("Misrata", "org:misrata-free-zone"),
        ("port de Tripoli", "loc:port-of-tripoli"),
    ]


def test_the_authority_alone_is_the_one_just_named(nz: Normalizer) -> None:
    text = (
        "L'Autorité de l'aviation civile libyenne espère une visite au début de l'année "
        "prochaine, selon un responsable de l'Autorité qui a requis l'anonymat."
    )
    assert mention_pairs(nz, text)[-1] == ("Autorité", "org:civil-aviation-authority")


def test_a_french_country_name_with_du(nz: Normalizer) -> None:
    text = "Des voitures importées de Corée du Sud et de Chine."
    assert mention_pairs(nz, text) == [
        ("Corée du Sud", "loc:south-korea"),
        ("Chine", "loc:china"),
    ]
