"""A person's declared nickname with his surname is he: "Ghaniwa Al-Kikli" after (or in a
headline before) "Abdul-Ghani Al-Kakli, known as "Ghaniwa"" (normx.resolve.nickname_surname)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:salem-al-warfalli", "PER", "Salem al-Warfalli", "سالم الورفلي"),
    Record("per:omar-haddad", "PER", "Omar Haddad", "عمر حداد"),
]


_links = pairs_for(RECORDS)


def test_a_headline_nickname_with_the_surname_is_the_person() -> None:
    text = (
        "Killing of Dabbous Al-Warfalli ignites clashes in the capital\n\n"
        'Clashes broke out after the killing of Salem Al-Werfalli, known as "Dabbous", on '
        "Monday night."
    )
    found = _links(text)
    assert ("Dabbous", "per:salem-al-warfalli") in found
    assert ("Dabbous Al-Warfalli", "per:salem-al-warfalli") in found


def test_the_nickname_with_another_surname_stays_unlinked() -> None:
    text = (
        "Dabbous Haddouri spoke on Monday. Clashes broke out after the killing of Salem "
        'Al-Werfalli, known as "Dabbous", on Monday night.'
    )
    found = _links(text)
    assert ("Dabbous Haddouri", "per:salem-al-warfalli") not in found
