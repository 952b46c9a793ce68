"""Build the optional compiled kernel (``normx/_kernels.c``) when normx is installed.

A hatchling build hook: ``pip install .`` puts the compiled module into the wheel, ``pip
install -e .`` compiles it next to its source (an editable install imports from the source
tree). It uses the C compiler Python itself was built with (``sysconfig``; ``CC`` overrides
it), so no build dependency is added. If compiling fails (no compiler, no Python headers),
the install goes on without it and normx runs the pure-Python path
(``normx.match.kernels.describe()`` says which); ``NORMX_NO_KERNELS=1`` skips the compile.

Run as a script (``python hatch_build.py``) it compiles the module in place, for a checkout
used through ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SOURCE = ROOT / "normx" / "_kernels.c"
MODULE = "_kernels"


def target_name() -> str:
    """The file name this interpreter imports ``normx._kernels`` from."""
    return MODULE + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")


def compile_kernel(out: Path) -> str | None:
    """Compile the kernel to *out*; None on success, else why it failed (the install goes on
    without it)."""
    if os.environ.get("NORMX_NO_KERNELS", "") not in ("", "0"):
        return "NORMX_NO_KERNELS is set"
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    include = sysconfig.get_paths()["include"]
    # no fused multiply-add: every float operation rounds as the Python reference's does
    flags = ["-O2", "-fPIC", "-shared", "-std=c99", "-ffp-contract=off", "-Wall", f"-I{include}"]
    if sys.platform == "darwin":
        flags += ["-undefined", "dynamic_lookup"]
    out.parent.mkdir(parents=True, exist_ok=True)
    # compiled beside the target, then renamed over it: a process that has the old module
    # loaded keeps its file (rewriting a loaded shared object in place can crash it)
    fresh = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    cmd = [*cc, *flags, str(SOURCE), "-o", str(fresh)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        return f"{cmd[0]}: {exc}"
    if done.returncode != 0:
        fresh.unlink(missing_ok=True)
        return done.stderr.strip()[-2000:] or f"exit status {done.returncode}"
    os.replace(fresh, out)
    return None


def build_inplace() -> int:
    """Compile the kernel next to its source; 0 if it was built."""
    out = SOURCE.parent / target_name()
    failed = compile_kernel(out)
    if failed:
        print(f"normx: compiled kernel not built, pure Python is used: {failed}", file=sys.stderr)
        return 1
    print(f"normx: built {out}")
    return 0


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a script outside a build
    BuildHookInterface = object  # type: ignore[assignment,misc]


class KernelBuildHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    """Compiles the kernel into the wheel (or in place for an editable install)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:  # type: ignore[type-arg]
        if self.target_name != "wheel":
            return
        if version == "editable":
            out = SOURCE.parent / target_name()
        else:
            self._tmp = tempfile.TemporaryDirectory(prefix="normx-kernel-")
            out = Path(self._tmp.name) / target_name()
        failed = compile_kernel(out)
        if failed:
            self.app.display_warning(
                f"normx: compiled kernel not built, pure Python is used: {failed}"
            )
            return
        # a wheel holding a compiled module is tagged for this interpreter and platform
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(out)] = f"normx/{target_name()}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:  # type: ignore[type-arg]
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(build_inplace())
