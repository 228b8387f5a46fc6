"""`make serve`: live preview; MkDocs serves docs/ and the pages are rebuilt when a source text changes."""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POLL_SECONDS = 1.0
# What a rebuild reads: the sources, and the code, templates and topic list that shape the pages.
WATCHED = (Path("source_texts"), Path("build_scripts"))
IGNORED_PARTS = {"__pycache__"}


def snapshot(roots=WATCHED) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under the watched folders."""
    state = {}
    for root in roots:
        for path in root.rglob("*"):
            if IGNORED_PARTS.isdisjoint(path.parts) and path.is_file():
                st = path.stat()
                state[str(path)] = (st.st_mtime_ns, st.st_size)
    return state


def rebuild() -> None:
    """Regenerate docs/ (MkDocs notices and reloads the browser); problems are printed, not fatal."""
    print("serve: rebuilding pages", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "build_scripts", "build", "--no-mkdocs"], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts.serve", description=__doc__)
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    rebuild()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", args.dev_addr], env=env)
    # Stopped by Ctrl-C or by `kill`: either way the MkDocs server goes with it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    state = snapshot()
    try:
        while server.poll() is None:
            time.sleep(POLL_SECONDS)
            current = snapshot()
            if current != state:
                state = current
                rebuild()
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
