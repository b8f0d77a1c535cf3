"""JupyterLab on notebooks/ with the articlelab kernel, for any user, root included.

`make lab` runs `python -m helpers.lab`; extra arguments go to JupyterLab
(e.g. `python -m helpers.lab --no-browser --port 8899`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from . import config
from .report import ensure_kernel


def running_as_root() -> bool:
    """True for uid 0, the usual user in Docker containers and CI shells."""
    return getattr(os, "geteuid", lambda: -1)() == 0


def command(extra: Sequence[str] = ()) -> list[str]:
    """The JupyterLab command line: notebooks/ as its root, `--allow-root` when running as root
    (JupyterLab refuses to start as root otherwise)."""
    args = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={config.NOTEBOOKS_DIR}"]
    if running_as_root():
        args.append("--allow-root")
    return [*args, *extra]


def main(argv: Sequence[str] | None = None) -> None:
    """Install the kernel if it is missing, then become JupyterLab (Ctrl-C stops it)."""
    ensure_kernel()
    args = command(sys.argv[1:] if argv is None else argv)
    os.execv(args[0], args)


if __name__ == "__main__":
    main()
