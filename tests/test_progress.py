"""Long stages show a progress bar on a terminal, and nothing of it when the output is piped (CI)."""
from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys

import pytest

from bench.generate import generate

from .conftest import REPO, _ignore_outputs

ARTICLES = 60  # the bar starts at 50 sources


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("progress") / "repo"
    shutil.copytree(REPO, root, ignore=_ignore_outputs)
    shutil.rmtree(root / "source_texts")
    generate(ARTICLES, root / "source_texts")
    return root


def build(project, stderr) -> int:
    return subprocess.run([sys.executable, "-m", "build_scripts", "build", "--no-mkdocs"], cwd=project,
                          stdout=subprocess.DEVNULL, stderr=stderr, timeout=600).returncode


def test_a_terminal_shows_the_cleaning_bar(project):
    shutil.rmtree(project / ".cache", ignore_errors=True)
    leader, follower = pty.openpty()
    try:
        assert build(project, follower) == 0
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert f"cleaning [{'#' * 30}] {ARTICLES}/{ARTICLES}" in text
    assert "\r" in text  # redrawn in place


def test_piped_output_has_no_bar(project):
    shutil.rmtree(project / ".cache", ignore_errors=True)
    done = subprocess.run([sys.executable, "-m", "build_scripts", "build", "--no-mkdocs"], cwd=project,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "cleaning [" not in done.stderr and "\r" not in done.stderr
    assert re.search(r"^生成了 \d+ 篇文章", done.stderr, re.M)
