"""Which path computes token similarities: the compiled kernel or pure Python.

The neighbour search compares every new query token with dozens to hundreds of index forms;
in Python that per-pair work was about half of a first matcher call (benchmarks/README.md,
"Speed"). ``normx/_kernels.c`` does the same comparisons in C. It is optional: it is built
when the package is installed (``hatch_build.py``; a failed compile leaves a working pure-Python
install) and imported here when present. The Python functions of
:mod:`normx.match.similarity` stay the reference and the fallback: both paths give the same
similarities wherever a caller uses them (tests/match/test_kernels.py).

Set ``NORMX_PURE_PYTHON=1`` to ignore a built kernel; :func:`describe` says which path is in
use (``python -c "from normx.match import kernels; print(kernels.describe())"``).
"""

from __future__ import annotations

import os
from types import ModuleType

module: ModuleType | None
try:
    from normx import _kernels as module
except ImportError:  # not built (or built for another interpreter): pure Python
    module = None

BUILT = module is not None
"""Whether the compiled kernel could be imported."""
DISABLED = os.environ.get("NORMX_PURE_PYTHON", "") not in ("", "0")
"""Whether the environment asks for pure Python even when the kernel is built."""
if DISABLED:
    module = None
COMPILED = module is not None
"""Whether token similarities are computed by the compiled kernel."""


def describe() -> str:
    """One line saying which path computes token similarities, and why."""
    if COMPILED:
        assert module is not None
        return f"token similarity: compiled kernel ({module.__file__})"
    if BUILT:
        return "token similarity: pure Python (NORMX_PURE_PYTHON is set)"
    return "token similarity: pure Python (normx._kernels is not built)"
