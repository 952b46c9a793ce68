"""The document's antecedent index (normx.resolve.coref): words, gates, nearest antecedent."""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve import coref
from normx.resolve.coref import Antecedent, Antecedents, KeyIndex, gate_keys, query_tokens
from normx.text.normalize import NameToken
from normx.text.phonetic import phonetic_key


def _cand(eid: str, etype: str = "PER") -> Candidate:
    return Candidate(eid, eid, etype, 1.0, eid, "exact", {})


def test_gate_keys_hold_spellings_keys_and_other_readings_but_no_empty_key() -> None:
    elk = NameToken("elkaddafi", "ALKTF", alts=(("kaddafi", "KTF"),))
    bare = NameToken("x", "")
    assert gate_keys([elk, bare]) == {"elkaddafi", "ALKTF", "kaddafi", "KTF", "x"}


def test_words_are_the_names_then_new_words_then_the_documents_words_each_once() -> None:
    haftar = tuple((t, False) for t in query_tokens(["khalifa", "haftar"]))
    arabic = ((NameToken("haftar", phonetic_key("haftar")), True),)
    other_copy = tuple((NameToken(t.form, t.key), c) for t, c in haftar) + arabic
    said = query_tokens(["hafter"])
    said_again = (NameToken("hafter", phonetic_key("hafter")),)  # equal, not the same object
    items = [
        Antecedent(0, _cand("per:haftar"), "Khalifa Haftar", haftar, said),
        Antecedent(3, _cand("per:haftar"), "Haftar", other_copy, said_again),
        Antecedent(5, _cand("per:haftar"), "Hafter", haftar, said),
    ]
    index = Antecedents(items)
    words = [(w.form, cross) for w, cross in index.words["per:haftar"]]
    assert words == [("khalifa", False), ("haftar", False), ("haftar", True), ("hafter", False)]
    assert index.positions["per:haftar"] == [0, 3, 5]
    # with run-wide name keys the same gate: the document's own spelling opens it too
    keys = lambda eid: gate_keys(w for w, _ in haftar + arabic)  # noqa: E731
    keyed = Antecedents(items, keys)
    indexed = Antecedents(items, keys, KeyIndex(keys))  # a run-wide index of the names' keys
    for idx in (index, keyed, indexed):
        assert idx.find(4, query_tokens(["hafter"])).position == 3
        assert idx.find(9, query_tokens(["khalifa"])).position == 5
        assert idx.find(1, query_tokens(["tripoli"])) is None


def test_nearest_earlier_antecedent_first_then_the_next_one() -> None:
    sarraj = tuple((t, False) for t in query_tokens(["fayez", "sarraj"]))
    items = [
        Antecedent(2, _cand("per:sarraj"), "Fayez al-Sarraj", sarraj),
        Antecedent(8, _cand("per:sarraj"), "Fayez al-Sarraj", sarraj),
        Antecedent(4, _cand("org:sarraj", "ORG"), "Sarraj Council", sarraj),
    ]
    index = Antecedents(items)
    query = query_tokens(["sarraj"])
    assert index.find(6, query).position == 4
    assert index.find(6, query, types={"PER"}).position == 2
    assert index.find(1, query).position == 2  # nothing before: the first one after
    assert index.find(9, query).position == 8


def _names(*words: str) -> tuple[tuple[NameToken, bool], ...]:
    return tuple((t, False) for t in query_tokens(list(words)))


def test_a_run_wide_key_index_gates_as_the_scan_does_across_documents() -> None:
    names = {
        "per:haftar": _names("khalifa", "haftar"),
        "per:sarraj": _names("fayez", "sarraj"),
        "loc:tripoli": _names("tripoli"),
    }
    keys = {eid: gate_keys(w for w, _ in words) for eid, words in names.items()}
    index = KeyIndex(keys.__getitem__)
    docs = [
        # the document writes Tripoli with a spelling (and key) its names lack
        [
            Antecedent(0, _cand("per:haftar"), "Haftar", names["per:haftar"]),
            Antecedent(
                2,
                _cand("loc:tripoli", "LOC"),
                "Tarabulus",
                names["loc:tripoli"],
                query_tokens(["tarabulus"]),
            ),
        ],
        [Antecedent(1, _cand("per:sarraj"), "Sarraj", names["per:sarraj"])],
    ]
    queries = ["tarabulus", "haftar", "khalifa", "sarraj", "tripoli", "fayez", "misrata"]
    for items in docs:
        scanned = Antecedents(items, keys.__getitem__)
        indexed = Antecedents(items, keys.__getitem__, index)
        for q in queries:
            for types in (None, {"PER"}, {"LOC"}):
                want = scanned.find(5, query_tokens([q]), types)
                got = indexed.find(5, query_tokens([q]), types)
                assert (want and want.position) == (got and got.position), (q, types)
    # the second document knows nothing of the first's entities or of its spelling
    second = Antecedents(docs[1], keys.__getitem__, index)
    assert second.find(5, query_tokens(["haftar"])) is None
    assert second.find(5, query_tokens(["tarabulus"])) is None
    first = Antecedents(docs[0], keys.__getitem__, index)
    assert first.find(5, query_tokens(["tarabulus"])).position == 2


def test_the_key_index_starts_over_past_its_bound(monkeypatch) -> None:
    monkeypatch.setattr(coref, "KEY_INDEX_MAX", 2)
    index = KeyIndex(lambda eid: frozenset({eid.upper(), "SHARED"}))
    index.register(["a", "b"])
    assert index.with_key("SHARED") == {"a", "b"}
    index.register(["b", "c"])  # three would pass the bound: only this document's stay
    assert index.with_key("SHARED") == {"b", "c"}
    assert index.with_key("A") == set()
    assert index.with_key("C") == {"c"}


def test_an_antecedent_is_a_frozen_record_with_its_fields_set_by_its_init() -> None:
    import dataclasses

    import pytest

    words = _names("khalifa", "haftar")
    said = query_tokens(["haftar"])
    a = Antecedent(3, _cand("per:haftar"), "Haftar", words, said)
    assert (a.position, a.cand.id, a.surface, a.words, a.surface_words) == (
        3,
        "per:haftar",
        "Haftar",
        words,
        said,
    )
    assert Antecedent(3, _cand("per:haftar"), "Haftar", words).surface_words == ()
    assert a == Antecedent(
        position=3, cand=_cand("per:haftar"), surface="Haftar", words=words, surface_words=said
    )
    assert hash(a) == hash(Antecedent(3, _cand("per:haftar"), "Haftar", words, said))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.position = 4  # type: ignore[misc]
    moved = dataclasses.replace(a, position=9)
    assert (moved.position, moved.surface, moved.surface_words) == (9, "Haftar", said)
    assert a.position == 3
