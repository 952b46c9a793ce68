"""One self-contained HTML page for canonicalized documents (``--format html``).

Mentions are highlighted by type with a tooltip (id, canonical name, score, method, evidence);
each document has a table of its entities with every variant used, its consistency report
(names spelled several ways) and the names no gazetteer holds. The input is untrusted: every
piece of document text, id and evidence goes through :func:`html.escape`, and the page loads
nothing from outside (inline CSS, no script).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.document import Document, Mention

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
.text{white-space:pre-wrap;line-height:1.6;border:1px solid #ddd;padding:1em}
mark{border-radius:3px;padding:0 2px}
mark.PER{background:#cfe8ff}mark.ORG{background:#ffe3b3}mark.LOC{background:#d4f5d4}
mark.nil{background:none;border-bottom:2px dashed #c00}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px}
.drift{color:#a00}
"""


def _tooltip(m: Mention) -> str:
    if m.id is None:
        head = "not in the gazetteers"
    else:
        head = f"{m.id} · {m.canonical} · {m.type} · score {m.score:.3f} · {m.method}"
    evidence = json.dumps(m.evidence, ensure_ascii=False, sort_keys=True)
    return f"{head}\n{evidence}"


def _marked_text(doc: Document) -> Iterator[str]:
    pos = 0
    for m in doc.mentions:
        yield escape(doc.text[pos : m.start])
        cls = "nil" if m.id is None else (m.type or "")
        yield f'<mark class="{escape(cls)}" title="{escape(_tooltip(m))}">'
        yield escape(doc.text[m.start : m.end])
        yield "</mark>"
        pos = m.end
    yield escape(doc.text[pos:])


def document_section(doc: Document) -> str:
    """The HTML of one document (a ``<section>``)."""
    parts = [f"<section><h2>{escape(doc.doc or 'document')}</h2>"]
    parts.append('<div class="text">' + "".join(_marked_text(doc)) + "</div>")
    if doc.entities:
        parts.append("<table><tr><th>id</th><th>canonical</th><th>type</th>")
        parts.append("<th>variants used</th><th>count</th></tr>")
        for e in doc.entities:
            variants = ", ".join(escape(v) for v in e.variants)
            parts.append(
                f"<tr><td>{escape(e.id)}</td><td>{escape(e.canonical)}</td>"
                f"<td>{escape(e.type)}</td><td>{variants}</td><td>{e.count}</td></tr>"
            )
        parts.append("</table>")
    if doc.inconsistencies:
        parts.append("<h3>Spelled several ways</h3><ul>")
        for c in doc.inconsistencies:
            groups = "; ".join(" / ".join(escape(s) for s in g) for g in c.spellings)
            parts.append(
                f'<li><b>{escape(c.canonical)}</b>: <span class="drift">{groups}</span></li>'
            )
        parts.append("</ul>")
    nil = sorted({m.text for m in doc.mentions if m.id is None})
    if nil:
        parts.append("<h3>Not in the gazetteers</h3><p>")
        parts.append(", ".join(escape(n) for n in nil) + "</p>")
    parts.append("</section>")
    return "".join(parts)


def page_head(title: str = "normx canonicalize") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>\n"
    )


PAGE_TAIL = "</body></html>\n"


def render_page(docs: Iterable[Document]) -> str:
    """A whole page for *docs* (the CLI streams the same parts instead)."""
    return page_head() + "\n".join(document_section(d) for d in docs) + PAGE_TAIL
