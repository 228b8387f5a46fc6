"""`make serve`: live preview; MkDocs serves docs/ and the pages are rebuilt when a source text changes.

One process stays up between rebuilds: the imports, jieba's dictionary and the build caches
(.cache/: cleaned articles, rendered article pages) are loaded once, so an edit to one source
text redoes that article and the pages that list it, in a fraction of a cold build. MkDocs
serves with --dirty, rebuilding only the pages whose Markdown changed. An edit to the build code
itself (build_scripts/) restarts this process, so the new code is what runs; the files the build
writes there itself (the slug table) are not code and do not.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 1.0
SOURCES = Path("source_texts")
CODE = Path("build_scripts")
IGNORED_PARTS = {"__pycache__"}
# What the build writes under build_scripts/: a rebuild that pins a new article's slug is no code change.
BUILD_WRITES = {CODE / "taxonomy" / "slugs.yml"}


def snapshot(root: Path, ignored: set[Path] = frozenset()) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under root, except the `ignored` ones."""
    state = {}
    if not root.is_dir():
        return state
    for path in root.rglob("*"):
        if IGNORED_PARTS.isdisjoint(path.parts) and path not in ignored and path.is_file():
            st = path.stat()
            state[str(path)] = (st.st_mtime_ns, st.st_size)
    return state


def rebuild(sources: Path = SOURCES, warm: dict | None = None) -> float:
    """Regenerate docs/ in this process (MkDocs notices and reloads the browser); problems are printed, not fatal.

    warm: the cached articles this process keeps between its rebuilds (the same dict each time).
    Returns the seconds it took.
    """
    from ..errors import LibraryError
    from ..pipeline import run_build
    from ..topics import segmenter
    segmenter()  # loaded once here, not on the first edit
    started = time.monotonic()
    print("serve: rebuilding pages", file=sys.stderr, flush=True)
    try:
        run_build(run_mkdocs=False, sources_dir=str(sources), warm=warm)
    except LibraryError as e:
        print(e, file=sys.stderr)
    seconds = time.monotonic() - started
    print(f"serve: pages rebuilt in {seconds:.1f} s", file=sys.stderr, flush=True)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.contributor.serve", description=__doc__)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    from .platforms import platform_problem
    if platform_problem():
        print(platform_problem(), file=sys.stderr)
        return 1
    warm: dict = {}  # the cleaned articles, kept in this process from one rebuild to the next
    rebuild(warm=warm)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", args.dev_addr], env=env)
    # Stopped by Ctrl-C or by `kill`: either way the MkDocs server goes with it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    sources, code = snapshot(SOURCES), snapshot(CODE, BUILD_WRITES)
    restart = False
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            if snapshot(CODE, BUILD_WRITES) != code:
                print("serve: the build code changed; restarting", file=sys.stderr, flush=True)
                restart = True
                break
            current = snapshot(SOURCES)
            if current != sources:
                sources = current
                rebuild(warm=warm)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    if restart:
        os.execv(sys.executable, [sys.executable, "-m", "build_scripts.contributor.serve", *(argv if argv is not None else sys.argv[1:])])
    return 0


if __name__ == "__main__":
    sys.exit(main())
