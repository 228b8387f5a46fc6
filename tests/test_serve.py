"""`make serve`: the live preview shows a new or edited source text without restarting, from one warm process."""
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
# A new article written for this test; its file stem becomes its slug (pinned in slugs.yml by the rebuild).
NEW_NAME = "2024-preview-added"
NEW_TEXT = """\
支部书记讲党课推动学习走深走实
2024-06-12 来源：机关党委

支部书记围绕基层党建重点任务讲专题党课，结合班组生产实际讲清楚为什么学、学什么、怎么学，党员边听边记。

课后各党小组分组讨论，把学习体会写成工作措施，明确责任人和完成时间，做到学习与工作两不误。

支部还建立党课资料库，把讲稿、课件和讨论记录整理归档，方便党员随时查阅、反复学习。
"""


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
    """A project with two seed sources and `python -m build_scripts.contributor.serve` running on it."""
    project = tmp_path / "repo"
    shutil.copytree(REPO, project, ignore=_ignore_outputs)
    for source in (project / "source_texts").glob("*.txt"):
        if source.name not in (SEED, "000_406509754edb76a3.txt"):
            source.unlink()
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "build_scripts.contributor.serve", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=project, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/dangjian-wenku/"
    try:
        yield project, base, proc, tmp_path / "serve.log"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        log.close()


def rebuilds(log) -> int:
    """How many page rebuilds the preview has finished so far."""
    return log.read_text().count("serve: pages rebuilt")


def test_new_and_edited_sources_show_in_the_preview_without_a_restart(preview):
    project, base, proc, log = preview
    home = wait_for(lambda: fetch(base), 120)
    assert home, f"the preview never answered; log:\n{log.read_text()}"
    # A new article: the rebuild pins its slug in build_scripts/taxonomy/slugs.yml, a file the
    # build writes, which must not count as a change of the build code.
    done = rebuilds(log)
    (project / "source_texts" / f"{NEW_NAME}.txt").write_text(NEW_TEXT, encoding="utf-8")
    added = wait_for(lambda: rebuilds(log) > done and fetch(f"{base}articles/{NEW_NAME}/"), 120)
    assert added and "支部书记讲党课" in added, f"the new article never appeared; log:\n{log.read_text()}"
    # An edit after that rebuild: the preview checks the code before the sources, so a restart
    # caused by the slug table would be logged before this edit is seen.
    done = rebuilds(log)
    sidecar = project / "source_texts" / SEED.replace(".txt", ".meta.yml")
    sidecar.write_text(f"title: {NEW_TITLE}\n", encoding="utf-8")
    # The pipeline rebuilds docs/ in the running process, and MkDocs reloads the page.
    shown = wait_for(lambda: rebuilds(log) > done and NEW_TITLE in (fetch(base) or ""), 120)
    text = log.read_text()
    assert shown, f"the edited title never appeared; log:\n{text}"
    assert proc.poll() is None, "the preview stopped"
    assert "restarting" not in text, text
    assert "Traceback" not in text
