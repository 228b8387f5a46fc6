"""Interrupted builds: a build killed while writing docs/ leaves each generated folder either old or
new, never half-written, and the next build writes the complete new set."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from build_scripts import output

from .helpers import REPO

DIRS, FILES = ["articles", "topics"], ["index.md"]


def pages(version: str, count: int = 12) -> dict[str, str]:
    out = {f"articles/a{i:02d}.md": f"# {version} {i}\n" for i in range(count)}
    out["topics/index.md"] = f"# topics {version}\n"
    out["index.md"] = f"# home {version}\n"
    return out


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}


def expected(version: str, count: int = 12) -> dict[str, str]:
    return dict(pages(version, count))


KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from build_scripts import output

    docs, work, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    new = {f"articles/a{i:02d}.md": f"# new {i}\\n" for i in range(12)}
    new["topics/index.md"] = "# topics new\\n"
    new["index.md"] = "# home new\\n"
    real = Path.write_bytes
    count = 0

    def write_bytes(self, data):
        global count
        count += 1
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, data)

    Path.write_bytes = write_bytes
    output.write_generated(docs, new, ["articles", "topics"], ["index.md"], work)
""")


@pytest.mark.parametrize("kill_at", [1, 6, 13])
def test_killed_while_writing_docs_leaves_no_half_written_folder(tmp_path, kill_at):
    docs, work = tmp_path / "docs", tmp_path / ".cache" / "build"
    output.write_generated(docs, pages("old"), DIRS, FILES, work)
    (docs / "about.md").write_text("hand-written\n", encoding="utf-8")
    before = snapshot(docs)
    done = subprocess.run([sys.executable, "-c", KILLER, str(docs), str(work), str(kill_at)], cwd=REPO)
    assert done.returncode == -9, "the writer was not killed mid-way"
    after = snapshot(docs)
    assert after["about.md"] == "hand-written\n"
    # each generated folder and file is wholly the old one or wholly the new one, never a mix
    for part in DIRS + FILES:
        mine = {k: v for k, v in after.items() if k == part or k.startswith(part + "/")}
        old = {k: v for k, v in before.items() if k == part or k.startswith(part + "/")}
        new = {k: v for k, v in expected("new").items() if k == part or k.startswith(part + "/")}
        assert mine in (old, new), f"{part} is half-written after a kill at write {kill_at}"
    if kill_at <= 12:  # killed while staging the first folder: nothing has moved yet
        assert after == before
    output.write_generated(docs, pages("new"), DIRS, FILES, work)
    assert snapshot(docs) == {**expected("new"), "about.md": "hand-written\n"}


def test_failed_write_leaves_old_pages_and_no_staging(tmp_path, monkeypatch):
    docs, work = tmp_path / "docs", tmp_path / "work"
    output.write_generated(docs, pages("old"), DIRS, FILES, work)
    before = snapshot(docs)
    real = Path.write_bytes
    calls = []

    def failing(self, data):
        calls.append(self)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing)
    with pytest.raises(OSError):
        output.write_generated(docs, pages("new"), DIRS, FILES, work)
    monkeypatch.undo()
    assert snapshot(docs) == before
    assert not any(work.iterdir()), "staging folders left behind"


def test_removed_pages_disappear(tmp_path):
    docs, work = tmp_path / "docs", tmp_path / "work"
    output.write_generated(docs, pages("v1", 12), DIRS, FILES, work)
    output.write_generated(docs, pages("v1", 5), DIRS, FILES, work)
    assert snapshot(docs) == expected("v1", 5)


@pytest.mark.parametrize("rel", ["../x.md", "/tmp/x.md", "articles/../../x.md", "articles/.hidden.md", ""])
def test_generated_path_outside_docs_is_refused(tmp_path, rel):
    with pytest.raises(ValueError):
        output.write_generated(tmp_path / "docs", {rel: "x"}, DIRS, FILES, tmp_path / "work")
    assert not (tmp_path / "x.md").exists()
