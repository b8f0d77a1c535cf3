"""`make lab`: JupyterLab on notebooks/ with the articlelab kernel, for any user (root included).
The server is started on a loopback port, one notebook runs through it, its charts are checked."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import config
from helpers.lab import command, running_as_root

PLOTLY_MIME = "application/vnd.plotly.v1+json"


def test_the_command_opens_notebooks_and_allows_root_only_for_root() -> None:
    args = command(["--no-browser"])
    assert args[1:3] == ["-m", "jupyterlab"] and f"--ServerApp.root_dir={config.NOTEBOOKS_DIR}" in args
    assert ("--allow-root" in args) == running_as_root()
    assert args[-1] == "--no-browser"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Lab:
    """A JupyterLab server started the way `make lab` starts it, on 127.0.0.1."""

    def __init__(self, log: Path) -> None:
        self.port, self.token = _free_port(), uuid.uuid4().hex
        args = ["--no-browser", f"--port={self.port}", "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0",
                f"--IdentityProvider.token={self.token}"]
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "helpers.lab", *args], cwd=config.PROJECT_ROOT,
            stdout=log.open("wb"), stderr=subprocess.STDOUT, env={**os.environ, "JUPYTER_NO_CONFIG": "1"},
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}{'&' if '?' in path else '?'}token={self.token}"

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url(path), timeout=30) as response:
            body = response.read()
            return json.loads(body) if response.headers.get_content_type() == "application/json" else body.decode()

    def post(self, path: str, payload: dict[str, Any], method: str = "POST") -> Any:
        request = urllib.request.Request(self.url(path), data=json.dumps(payload).encode(), method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            body = response.read()
            return json.loads(body) if body else None

    def wait(self, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"JupyterLab exited: {self.log.read_text(errors='replace')[-800:]}")
            try:
                self.get("/api/status")
                return
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"JupyterLab did not answer in {seconds} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.post("/api/shutdown", {})
                self.process.wait(timeout=20)
            except Exception:  # a server that will not stop politely
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    server = Lab(tmp_path_factory.mktemp("lab") / "lab.log")
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def _run_cells(lab: Lab, kernel: str, cells: list[str]) -> list[dict[str, Any]]:
    """Execute code in a kernel over the server's websocket; every output message, in order."""
    import websocket

    ws = websocket.create_connection(lab.url(f"/api/kernels/{kernel}/channels").replace("http", "ws", 1), timeout=120)
    session, outputs = uuid.uuid4().hex, []
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            ws.send(json.dumps({
                "header": {"msg_id": msg_id, "username": "test", "session": session, "msg_type": "execute_request",
                           "version": "5.3"},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True},
            }))
            while True:
                message = json.loads(ws.recv())
                if message.get("parent_header", {}).get("msg_id") != msg_id or message.get("channel") != "iopub":
                    continue
                kind = message["msg_type"]
                if kind in ("display_data", "execute_result", "error", "stream"):
                    outputs.append(message)
                if kind == "error":
                    return outputs
                if kind == "status" and message["content"]["execution_state"] == "idle":
                    break
    finally:
        ws.close()
    return outputs


def test_lab_runs_a_notebook_and_draws_its_charts(lab: Lab) -> None:
    assert "articlelab" in lab.get("/api/kernelspecs")["kernelspecs"]
    assert "JupyterLab" in lab.get("/lab")
    notebook = lab.get("/api/contents/02-figures.ipynb?content=1")
    assert notebook["type"] == "notebook" and notebook["content"]["metadata"]["kernelspec"]["name"] == "articlelab"
    session = lab.post("/api/sessions", {"path": "02-figures.ipynb", "type": "notebook", "name": "02-figures.ipynb",
                                         "kernel": {"name": "articlelab"}})
    try:
        code = ["".join(c["source"]) for c in notebook["content"]["cells"] if c["cell_type"] == "code"]
        outputs = _run_cells(lab, session["kernel"]["id"], code)
    finally:
        lab.post(f"/api/sessions/{session['id']}", {}, method="DELETE")
    errors = [o["content"] for o in outputs if o["msg_type"] == "error"]
    assert errors == []
    charts = [o["content"]["data"][PLOTLY_MIME] for o in outputs if PLOTLY_MIME in o["content"].get("data", {})]
    titles = [chart["layout"]["title"]["text"] for chart in charts]
    assert titles == ["Figures cluster in paragraphs 16-18: 6 of 8 figures", "Duration figures lead: 4 of 8"]
    assert sum(len(trace["x"]) for trace in charts[0]["data"]) == 8
    tables = [o for o in outputs if "text/html" in o["content"].get("data", {}) and "dataTable" in str(o["content"]["data"])
              or "ITable" in str(o["content"].get("data", {}))]
    assert tables, "the figures table is an interactive table"
