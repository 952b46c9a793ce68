"""Two persons the document named in full before, joined by a hyphen by their words ("the
tandem Saleh-Bachagha"), are two mentions of them; a word that two persons share, a pair
before the persons are named, or two words of one man stay one unknown name."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:aguila-saleh-issa", "PER", "Aguila Saleh Issa", "عقيلة صالح عيسى"),
    Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا"),
    Record("per:mohamed-saleh", "PER", "Mohamed Saleh Karim", "محمد صالح كريم"),
]


_links = pairs_for(RECORDS)


def test_two_persons_named_before_joined_by_a_hyphen_are_two_mentions():
    text = (
        "Speaker Aguila Saleh met Fathi Bachagha in Cairo. "
        "Observers saw the tandem Saleh-Bachagha as the favourite."
    )
    found = _links(text)
    assert found[-2:] == [("Saleh", "per:aguila-saleh-issa"), ("Bachagha", "per:fathi-bashagha")]


def test_the_pair_before_the_persons_are_named_stays_one_name():
    text = (
        "Observers saw the tandem Saleh-Bachagha as the favourite. "
        "Speaker Aguila Saleh met Fathi Bachagha in Cairo."
    )
    assert ("Saleh-Bachagha", None) in _links(text)


def test_a_word_two_persons_share_keeps_the_pair_one_name():
    text = (
        "Speaker Aguila Saleh met Fathi Bachagha and Mohamed Saleh Karim in Cairo. "
        "Observers saw the tandem Saleh-Bachagha as the favourite."
    )
    assert ("Saleh-Bachagha", None) in _links(text)


def test_two_words_of_one_person_are_no_pair():
    text = "Fathi Bachagha spoke. Supporters of Fathi-Bachagha cheered."
    assert not [f for f in _links(text) if f[0] == "Fathi"]
