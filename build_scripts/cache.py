"""Content-hash cache of the per-article work (read, clean, keywords), so a rebuild redoes only what changed.

An entry is keyed by the pipeline's version (PIPELINE_VERSION plus a fingerprint of the code and
word lists that shape a cleaned article), the source file's name, its bytes and its sidecar's
bytes. Anything else that changes an article changes the key; a stale entry is never read, and
entries no build used are removed at the end of the build. The cache lives under .cache/, which
`make clean` removes; deleting it only makes the next build slower.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import PIPELINE_VERSION
from .sources import sidecar_path

PACKAGE = Path(__file__).resolve().parent
# What the per-article step runs: a change to any of these files must not reuse old results.
FINGERPRINT_GLOBS = ["cleaning/**/*.py", "cleaning/lexicon/**/*", "article.py", "sources.py", "topics.py",
                     "dedupe.py", "normal_form.py", "search/analyzer.py", "pipeline.py", "errors.py", "genres.py", "notices.py",
                     "taxonomy/userdict.txt", "taxonomy/genres.yml", "taxonomy/genre_weights.json", "taxonomy/topics.yml",
                     "taxonomy/topic_weights.json"]
# Unreadable entries (a half-written file, a class that moved) are misses, not failures.
LOAD_ERRORS = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError, ValueError)


# What renders a page from an article: a change to any of these must not reuse an old page.
RENDER_GLOBS = ["website/render.py", "website/charts.py", "website/feed.py", "topics.py", "genres.py", "website/templates/**/*"]


def code_fingerprint(package: Path = PACKAGE, globs: list[str] = FINGERPRINT_GLOBS) -> str:
    """sha256 of PIPELINE_VERSION and every file the per-article step (or the globs given) depends on."""
    h = hashlib.sha256(f"pipeline {PIPELINE_VERSION}\n".encode())
    files = sorted({p for pattern in globs for p in package.glob(pattern)
                    if p.is_file() and "__pycache__" not in p.parts})
    for path in files:
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


class ArticleCache:
    """Per-source results stored as one pickle each under folder, named by their key."""

    def __init__(self, folder: Path, fingerprint: str, warm: dict | None = None):
        """warm: entries kept in memory between builds (key → value), for a process that builds again
        and again (make serve holds one dict across its rebuilds); None: the disk only. A one-off
        build would only hold its whole library in memory longer."""
        self.folder = folder
        self.fingerprint = fingerprint
        self.warm = warm
        self.used: set[str] = set()
        self.hits = 0

    @classmethod
    def open(cls, folder: Path, extra: bytes = b"", warm: dict | None = None) -> "ArticleCache":
        """The cache of this code; `extra` (e.g. the topic list's bytes) is folded into every key."""
        return cls(folder, hashlib.sha256(code_fingerprint().encode() + b"\0" + extra).hexdigest(), warm)

    def key(self, path: str | Path) -> str | None:
        """The entry name of a source in its current state; None if it cannot be read (the reader reports why)."""
        path = Path(path)
        h = hashlib.sha256(self.fingerprint.encode() + b"\0" + path.name.encode() + b"\0")
        try:
            h.update(hashlib.sha256(path.read_bytes()).digest())
            side = sidecar_path(path)
            if side.exists():
                h.update(b"sidecar\0" + hashlib.sha256(side.read_bytes()).digest())
        except OSError:
            return None
        return h.hexdigest()

    def get(self, key: str | None):
        """The stored value, or None. Kept in memory (warm), the same object is returned each time:
        callers that change what they get must change a copy."""
        if key is None:
            return None
        if self.warm is not None and key in self.warm:
            self.used.add(key)
            self.hits += 1
            return self.warm[key]
        try:
            with open(self.folder / f"{key}.pickle", "rb") as f:
                value = pickle.load(f)
        except FileNotFoundError:
            return None
        except LOAD_ERRORS:
            return None
        self.used.add(key)
        self.hits += 1
        self.remember(key, value)
        return value

    def remember(self, key: str | None, value) -> None:
        """Keep a value in memory too, when the cache has a warm dict."""
        if self.warm is not None and key is not None:
            self.warm[key] = value

    def put(self, key: str | None, value) -> None:
        """Store atomically (temp file + rename): a killed build never leaves a torn entry behind."""
        if key is not None:
            self.put_pickled(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str | None, data: bytes) -> None:
        """put, for a value pickled already (with pickle.HIGHEST_PROTOCOL)."""
        if key is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".entry-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.folder / f"{key}.pickle")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.used.add(key)

    def prune(self) -> int:
        """Remove entries this build did not use (old versions of edited or deleted sources)."""
        removed = 0
        if self.warm is not None:
            for key in set(self.warm) - self.used:
                del self.warm[key]
        if not self.folder.is_dir():
            return 0
        for entry in self.folder.iterdir():
            if entry.suffix == ".pickle" and entry.stem not in self.used:
                entry.unlink(missing_ok=True)
                removed += 1
            elif entry.name.startswith(".entry-"):
                entry.unlink(missing_ok=True)
        return removed


def load_state(path: Path, fingerprint: str):
    """A value saved by save_state under the same fingerprint, or None (missing, stale or unreadable)."""
    try:
        with open(path, "rb") as f:
            saved_fingerprint, value = pickle.load(f)
    except FileNotFoundError:
        return None
    except LOAD_ERRORS:
        return None
    return value if saved_fingerprint == fingerprint else None


def save_state(path: Path, fingerprint: str, value) -> None:
    """Store a build-wide value (such as the duplicate scores) atomically, tagged with the fingerprint."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".state-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump((fingerprint, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
