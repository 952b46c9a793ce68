"""Output renderers for canonicalized documents: rewritten text and a self-contained HTML page."""
