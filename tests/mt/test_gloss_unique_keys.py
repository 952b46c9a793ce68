"""The shipped gloss lexicon holds each key once per mapping.

YAML keeps the last of two equal keys and says nothing, so a word entered twice (two helpers
adding "fonds" to the French words, session 16) would silently drop the first entry's Arabic
glosses or source. The file is read as YAML nodes here, where both keys are still seen.
"""

from __future__ import annotations

from importlib import resources

import yaml

from normx.mt.lexicon import LEXICON_FILE


def _duplicates(node: yaml.Node, path: str = "") -> list[str]:
    out: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            line = key.start_mark.line + 1
            if name in seen:
                out.append(f"{path}{name}: line {line} repeats line {seen[name]}")
            seen.setdefault(name, line)
            out += _duplicates(value, f"{path}{name}.")
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            out += _duplicates(item, path)
    return out


def test_duplicates_are_found() -> None:
    node = yaml.compose("french:\n  words:\n    fonds: {ar: [a]}\n    fonds: {ar: [b]}\n")
    assert _duplicates(node) == ["french.words.fonds: line 4 repeats line 3"]


def test_the_shipped_lexicon_has_no_duplicate_key() -> None:
    text = resources.files("normx.mt").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    assert _duplicates(yaml.compose(text)) == []
