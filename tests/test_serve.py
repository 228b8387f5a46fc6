"""`make serve`: the live preview shows an edited source text without restarting, from one warm process."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import REPO, _ignore_outputs

SEED = "004_e56e1db23db2c884.txt"
NEW_TITLE = "预览测试：改过标题的文章"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, seconds: float):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    return None


@pytest.fixture
def preview(tmp_path):
    """A project with two seed sources and `python -m build_scripts.serve` running on it."""
    project = tmp_path / "repo"
    shutil.copytree(REPO, project, ignore=_ignore_outputs)
    for source in (project / "source_texts").glob("*.txt"):
        if source.name not in (SEED, "000_406509754edb76a3.txt"):
            source.unlink()
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "build_scripts.serve", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=project, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/dangjian-wenku/"
    try:
        yield project, base, proc, tmp_path / "serve.log"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def test_an_edited_source_shows_in_the_preview_without_a_restart(preview):
    project, base, proc, log = preview
    home = wait_for(lambda: fetch(base), 120)
    assert home, f"the preview never answered; log:\n{log.read_text()}"
    sidecar = project / "source_texts" / SEED.replace(".txt", ".meta.yml")
    sidecar.write_text(f"title: {NEW_TITLE}\n", encoding="utf-8")
    # The pipeline rebuilds docs/ in the running process, and MkDocs reloads the page.
    shown = wait_for(lambda: NEW_TITLE in (fetch(base) or ""), 120)
    text = log.read_text()
    assert shown, f"the edited title never appeared; log:\n{text}"
    assert proc.poll() is None, "the preview stopped"
    assert text.count("serve: rebuilding pages") == 2
    assert "Traceback" not in text
