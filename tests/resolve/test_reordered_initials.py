"""A bracketed acronym may spell a name's initials in another word order (French names with
the acronym of their English name), but only each content word's initial, once each."""

import pytest

from normx.resolve.reordered_initials import reordered_initials


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("LFF", "Fédération libyenne de football", True),
        ("HNEC", "Haute commission électorale nationale", True),
        ("CAF", "Confédération africaine de football", True),
        ("MANUL", "Mission d'appui des Nations unies en Libye", True),
        # another body's acronym in the bracket: not these initials
        ("CAF", "Fédération nigériane de football", False),
        ("NFF", "Fédération libyenne de football", False),
        # a letter too many or too few
        ("LFFF", "Fédération libyenne de football", False),
        ("LF", "Fédération libyenne", False),  # two letters: too short to be read so
        ("", "Fédération libyenne", False),
    ],
)
def test_reordered_initials(acronym, name, expected):
    assert reordered_initials(acronym, name) is expected
