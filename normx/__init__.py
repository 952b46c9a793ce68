"""normx: find names in English text translated from Arabic and map them to canonical entities."""

from __future__ import annotations

from normx.errors import GazetteerError, InputError, NormxError, Problem

__all__ = ["GazetteerError", "InputError", "NormxError", "Problem", "__version__"]
__version__ = "0.1.0"
