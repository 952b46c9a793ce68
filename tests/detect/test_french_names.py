"""French names of bodies in English copy are found whole and linked; English and French prose
around them is not swallowed."""

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.detect.french_names import french_name
from normx.detect.tokens import tokenize

GAZETTEER = Path(__file__).parents[1] / "mt" / "data" / "french_bodies.yaml"


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer.load(GAZETTEER, defaults=False, use_cache=False)


def _links(normalizer: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in normalizer.canonicalize(text).mentions]


def _french(text: str, head: str) -> str | None:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == head)
    found = french_name(tokens, k, k)
    return None if found is None else text[tokens[found[0]].start : tokens[found[1]].end]


def test_lower_case_french_tails_make_one_name(normalizer):
    text = (
        "Talks between the Chambre des représentants and the Haut Conseil d'Etat "
        "resumed in Tripoli, the Nations unies said."
    )
    links = _links(normalizer, text)
    assert ("Chambre des représentants", "org:hor") in links
    assert ("Haut Conseil d'Etat", "org:hcs") in links
    assert ("Nations unies", "org:un") in links
    assert ("Tripoli", "loc:tripoli") in links


def test_elided_words_inside_a_name(normalizer):
    text = "Envoys met the Gouvernement d'entente nationale, and later the Union européenne."
    links = _links(normalizer, text)
    assert ("Gouvernement d'entente nationale", "org:gna") in links
    assert ("Union européenne", "org:eu") in links


def test_a_french_name_at_the_end_of_a_run_starts_its_own_span(normalizer):
    text = "said Aguila Saleh of the Conseil européen pour les relations internationales."
    links = _links(normalizer, text)
    assert ("Aguila Saleh", "per:aguila-saleh") in links
    assert ("Conseil européen pour les relations internationales", "org:ecfr") in links


def test_french_acronyms_link_to_bodies_the_gazetteer_holds(normalizer):
    text = "According to the OIM, arrivals rose; the ONU called for calm. The OTAN said nothing."
    links = _links(normalizer, text)
    assert ("OIM", "org:iom") in links
    assert ("ONU", "org:un") in links
    assert all(i is None for t, i in links if t == "OTAN")  # NATO: not in this gazetteer


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("the Chambre des représentants voted", "Chambre", "Chambre des représentants"),
        ("the Nations unies en Libye", "Nations", "Nations unies"),  # Libye: no gloss word
        ("the Haut Conseil d'Etat met", "Conseil", "Conseil d'Etat"),
        # English words that French spells alike make no French name on their own
        ("the Council relations with Rome", "Council", None),
        ("the Union national team", "Union", None),
        # French prose after a head word is not taken in
        ("le Gouvernement a dit que la situation", "Gouvernement", None),
        # a tail that ends on a connector ends at the last gloss word
        ("the Chambre des", "Chambre", None),
        # a capital after a plain word is another name
        ("the Nations unies Conseil", "Nations", "Nations unies"),
    ],
)
def test_french_name_bounds(text, head, expected):
    assert _french(text, head) == expected


def test_press_and_security_bodies_in_french(normalizer):
    """AFP names NGOs, unions and Libyan agencies in French, lower case after the head; the
    whole name is one span and reaches the body's Arabic name (جهاز for "Agence")."""
    text = (
        "The Comité pour la protection des journalistes and the Syndicat national des "
        "journalistes tunisiens protested; the Agence de sécurité intérieure said nothing."
    )
    links = _links(normalizer, text)
    assert ("Comité pour la protection des journalistes", "org:cpj") in links
    assert ("Syndicat national des journalistes tunisiens", "org:snjt") in links
    assert ("Agence de sécurité intérieure", "org:isa") in links


def test_a_french_name_no_gazetteer_holds_does_not_leave_its_adjective_linked(normalizer):
    """The Centre libyen pour la liberté de la presse is one name (unlinked here), not a
    "Centre" and a "libyen" read as Libya."""
    links = _links(normalizer, "The Centre libyen pour la liberté de la presse, an NGO, said.")
    assert all(i is None for _, i in links)


def test_french_acronyms_of_the_unity_government_and_rsf(normalizer):
    text = "Journalists accuse the GUN, according to RSF."
    links = _links(normalizer, text)
    assert ("GUN", "org:gnu") in links
    assert ("RSF", "org:rsf") in links
