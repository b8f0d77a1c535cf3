"""Ctrl-C on a corpus run with worker processes: one line, the run's own exit code, and the next run
resumes to the same dataset."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import BBC

pytestmark = pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora/bbc is not present")


def test_ctrl_c_with_two_workers_prints_one_line_and_the_run_resumes(scratch_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(BBC.glob("politics/*.txt"))[:60]:
        shutil.copy(path, folder / path.name)
    out = tmp_path / "corpus"
    command = [sys.executable, "-m", "helpers", "process", str(folder), "--jobs", "2", "--batch-size", "2",
               "--out", str(out), "--quiet"]
    env = dict(os.environ, ARTICLELAB_ROOT=str(scratch_root))
    # a terminal's Ctrl-C reaches the whole process group: the command and its workers. The command gets
    # Ctrl-C's default action back: a suite run in the background (nohup, CI) inherits SIGINT ignored
    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(out.glob("_batches/*.json")) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr
    assert stderr.strip() == "interrupted"
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith("60 articles:")
    assert not list(out.rglob("*.tmp"))  # nothing half-written left behind
