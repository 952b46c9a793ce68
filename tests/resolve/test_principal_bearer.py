"""A bare family name far from every namesake the document named: the family's listed bearer
(data/family_bearers.yaml) among them, not the son named first (principal_first.py)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:kh", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:sh", "PER", "Saddam Haftar", "صدام حفتر"),
    Record("per:bh", "PER", "Belgasem Haftar", "بلقاسم حفتر"),
    Record("per:om", "PER", "Omar Mansour", "عمر منصور"),
    Record("per:tz", "PER", "Taher Zayed", "طاهر زايد"),
]

PARAGRAPHS = [
    "The new runway was opened by the commander of the ground forces Saddam Hafter last year.",
    "The minister Omar Mansour said the works cost two hundred million dinars.",
    "The general commander of the armed forces, Field Marshal Khalifa Hafter, had ordered the "
    "airport's expansion in 2022.",
    "The engineer Taher Zayed said the terminal would open in the spring.",
    "Passengers complained of the prices, and Omar Mansour promised new flights.",
]


def _said(text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


def test_the_bearer_named_after_the_son_is_the_bare_name() -> None:
    text = "\n\n".join(
        [*PARAGRAPHS, "The supporters of Hafter consider the airports an achievement."]
    )
    assert _said(text, "Hafter") == ["per:kh"]


def test_the_bearer_over_a_son_named_nearer_paragraphs_away() -> None:
    text = "\n\n".join(
        [
            *PARAGRAPHS,
            "Belgasem Hafter, who heads the fund, visited the site.",
            "The engineer Taher Zayed said the hall was ready.",
            "Omar Mansour thanked the workers.",
            "The supporters of Hafter consider the airports an achievement.",
        ]
    )
    assert _said(text, "Hafter") == ["per:kh"]


def test_without_the_bearer_the_son_named_first_stays() -> None:
    paragraphs = [
        p.replace("Field Marshal Khalifa Hafter", "Field Marshal Belgasem Hafter")
        for p in PARAGRAPHS
    ]
    text = "\n\n".join(
        [*paragraphs, "The supporters of Hafter consider the airports an achievement."]
    )
    assert _said(text, "Hafter") == ["per:sh"]


def test_a_son_named_more_than_the_bearer_stays_the_principal() -> None:
    text = "\n\n".join(
        [
            "The fund run by Belgasem Hafter opened a hospital in Derna.",
            "The general commander of the armed forces, Field Marshal Khalifa Hafter, attended.",
            "Belgasem Hafter said the fund would build two more.",
            "The minister Omar Mansour said the works cost two hundred million dinars.",
            "The engineer Taher Zayed said the terminal would open in the spring.",
            "Hafter's fund has also rebuilt the bridges of the city.",
        ]
    )
    assert _said(text, "Hafter") == ["per:bh"]
