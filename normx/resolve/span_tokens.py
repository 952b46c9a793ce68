"""One document's tokens and name units, as every step of span linking reads them.

The linker and its rules (:mod:`normx.resolve.linker` and the modules it calls) ask the same
few questions of a token range: what text it covers, which units carry name words, where a
span really starts and ends once function words and dangling particles are trimmed. Those
answers depend on the document alone (no gazetteer, no matcher), so they live here, apart
from the decisions.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.detect.dated_names import dated_month
from normx.detect.french_names import lower_contraction
from normx.detect.french_tail import french_stop_word
from normx.detect.lexicon import Lexicon, abbreviations
from normx.detect.spans import acronym_in_capitals, name_article, name_stop_word
from normx.detect.tokens import Token
from normx.detect.units import NAME, Unit
from normx.text.latin import HYPHENS


class SpanTokens:
    """The tokens, name units and lexicon of one document, with token-range helpers."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        units: list[Unit],
        lex: Lexicon,
        named: Callable[[str], bool] | None = None,  # folded word -> held by a gazetteer name?
    ) -> None:
        self.text = text
        self.named = named
        self.tokens = tokens
        self.units = units
        self.lex = lex
        self.forms = [t.form for t in tokens]
        # name_units per range: a segment's name words are asked by a dozen rules in turn
        self._name_units: dict[tuple[int, int], list[Unit]] = {}
        # token index -> index of the unit that holds it (a list: every token is in a unit)
        index = [0] * len(tokens)
        for ui, u in enumerate(units):
            first, last = u.first, u.last
            if first == last:  # most units hold one token
                index[first] = ui
            else:
                index[first : last + 1] = [ui] * (last - first + 1)
        self.unit_index: list[int] = index

    def surface(self, first: int, last: int) -> str:
        """The text of tokens ``first``..``last`` as written."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def query(self, first: int, last: int) -> str:
        """The text of tokens ``first``..``last`` as the matcher should read it: as written,
        with abbreviated name words spelled out ("National Oil Corp" -> "... Corporation")."""
        short = abbreviations()
        if not any(self.forms[t] in short for t in range(first, last + 1)):
            return self.surface(first, last)
        out: list[str] = []
        at = self.tokens[first].start
        for t in range(first, last + 1):
            tok = self.tokens[t]
            full = short.get(tok.form)
            after = self.text[tok.end : tok.end + 1]
            hyphened = tok.hyphen_before or (after != "" and after in HYPHENS)
            if full is not None and not hyphened:  # "Co-operation" is no company
                out.append(self.text[at : tok.start])
                out.append(full.capitalize() if tok.cap else full)
                at = tok.end
        out.append(self.text[at : self.tokens[last].end])
        return "".join(out)

    def core_units(self, first: int, last: int) -> list[Unit]:
        """The units of tokens ``first``..``last`` that carry name words (no articles, bin)."""
        u0, u1 = self.unit_index[first], self.unit_index[last]
        if u0 == u1:  # one unit: most segments are one word
            u = self.units[u0]
            return [u] if u.kind != "article" and u.kind != "bin" and u.forms else []
        return [
            u
            for u in self.units[u0 : u1 + 1]
            if u.kind != "article" and u.kind != "bin" and u.forms
        ]

    def name_units(self, first: int, last: int) -> list[Unit]:
        """The core units that are not connectors: the name words a match must explain
        (remembered per range; callers read the list, never change it)."""
        key = (first, last)
        hit = self._name_units.get(key)
        if hit is None:
            connectors = self.lex.connectors
            hit = [u for u in self.core_units(first, last) if u.forms[0] not in connectors]
            self._name_units[key] = hit
        return hit

    def is_stop_word(self, t: int) -> bool:
        """A stop word that is no word of a name here (see
        :func:`~normx.detect.spans.name_stop_word`: "Security" of "the Security Council" is)."""
        tok = self.tokens[t]
        return (
            tok.form in self.lex.stopwords
            and not name_stop_word(tok, self.lex, self.named)
            and not dated_month(self.tokens, t)  # "June 11 Stadium" (dated_names)
            and not french_stop_word(self.tokens, t)  # "monétaire international" (french_tail)
            and not acronym_in_capitals(self.tokens, t)  # "US officials" (detect/spans.py)
        )

    def is_edge_word(self, t: int) -> bool:
        """A connector or stop word: never the first or last word of a name."""
        tok = self.tokens[t]
        return tok.form in self.lex.connectors or lower_contraction(tok) or self.is_stop_word(t)

    def dangling_particle(self, t: int) -> bool:
        """A particle alone in its unit ("Al" at a span's end): no name ends with it."""
        u = self.units[self.unit_index[t]]
        return u.kind != NAME and u.last == t and u.first == t and not u.forms

    def _name_article(self, t: int) -> bool:
        """A capitalised "The" after a lower-case word or a comma ("in The Hague"): a word of
        the name (:func:`~normx.detect.spans.name_article`). After a dateline's dash or a
        colon it opens the sentence, whatever the tokenizer made of it."""
        tok = self.tokens[t]
        before = self.text[max(0, tok.start - 3) : tok.start].rstrip(" ")
        return (before[-1:].islower() or before[-1:] == ",") and name_article(tok, self.named)

    def trim(self, first: int, last: int) -> tuple[int, int]:
        """The range without leading or trailing edge words (and trailing dangling particles)."""
        # is_edge_word, inlined: asked at both ends of every span of every document
        forms, connectors, stopwords = self.forms, self.lex.connectors, self.lex.stopwords
        while first <= last:
            form = forms[first]
            if first < last and form == "the" and self._name_article(first):
                break  # "in The Hague"
            if (
                form in connectors
                or (form in stopwords and self.is_stop_word(first))
                or lower_contraction(self.tokens[first])
            ):
                first += 1
            else:
                break
        while last >= first:
            form = forms[last]
            if (
                form in connectors
                or (form in stopwords and self.is_stop_word(last))
                or self.dangling_particle(last)
                or lower_contraction(self.tokens[last])
            ):
                last -= 1
            else:
                break
        return first, last
