"""The rebuild `make serve` does after one source text changed, timed inside one warm process.

Run by bench/run.py in a bench project whose build cache is already filled (a cold build ran):

    python bench/warm.py --project bench/out/1000/project --sources bench/out/1000/source_texts --repeats 3

It imports the project's build code, rebuilds once as `make serve` does when it starts (not
timed: loading the imports, jieba and the caches), then `repeats` times: appends a sentence to
one source, times serve.rebuild(), and restores the source (rebuilding again, untimed). Prints
one JSON object: {"seconds": [...], "first_seconds": ...}.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from pathlib import Path


def change_one_source(sources: list[Path], k: int) -> tuple[Path, bytes]:
    """Append one sentence to a source in the middle of the library; return (path, original bytes)."""
    path = sources[(len(sources) // 2 + 7 * k) % len(sources)]
    original = path.read_bytes()
    lines = original.decode("utf-8").split("\n")
    # Into the body (before the tail of related lists): after the first long line.
    at = next((i for i, l in enumerate(lines) if len(l) > 80), len(lines) // 2) + 1
    lines[at:at] = ["", f"本段为基准测试第{k + 1}次修改时加入的一句话，用来检验增量构建只重做这一篇文章。"]
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return path, original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", required=True, type=Path)
    parser.add_argument("--sources", required=True, type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    project, sources_dir = args.project.resolve(), args.sources.resolve()
    os.chdir(project)
    sys.path.insert(0, str(project))
    from build_scripts.contributor import serve

    quiet = io.StringIO()  # the build's own messages (counts, warnings) are not the bench's
    warm: dict = {}  # the articles the process keeps between rebuilds, as make serve's does
    started = time.perf_counter()
    with contextlib.redirect_stderr(quiet):
        serve.rebuild(sources_dir, warm)
    first = time.perf_counter() - started
    sources = sorted(sources_dir.glob("*.txt"))
    seconds = []
    for k in range(args.repeats):
        path, original = change_one_source(sources, k)
        try:
            with contextlib.redirect_stderr(quiet):
                t = time.perf_counter()
                serve.rebuild(sources_dir, warm)
                seconds.append(round(time.perf_counter() - t, 3))
        finally:
            path.write_bytes(original)
        with contextlib.redirect_stderr(quiet):
            serve.rebuild(sources_dir, warm)
    print(json.dumps({"seconds": seconds, "first_seconds": round(first, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
