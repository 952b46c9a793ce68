"""normx: find names in English text translated from Arabic and map them to canonical entities."""

from __future__ import annotations

from normx.api import Normalizer
from normx.errors import GazetteerError, InputError, NormxError, Problem
from normx.match.candidate import Candidate

__all__ = [
    "Candidate",
    "GazetteerError",
    "InputError",
    "Normalizer",
    "NormxError",
    "Problem",
    "__version__",
]
__version__ = "0.1.0"
