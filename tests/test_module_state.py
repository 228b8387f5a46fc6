"""No hidden build state: no module of the build rebinds its own globals while it runs, except
the documented caches of read-only data and the one value a worker process is started with."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "build_scripts"
# (module, name) → why it may be rebound at run time
ALLOWED = {
    ("topics.py", "_segmenter"): "the jieba dictionary, loaded once and only read",
    ("topics.py", "_idf"): "the IDF table, loaded once and only read",
    ("pipeline.py", "_worker_context"): "set once in each worker process by the pool's initializer",
    ("bundle.py", "_SITE"): "set once in each worker process by the pool's initializer",
}


def rebound_globals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_build_passes_its_state_explicitly(path):
    unexpected = [n for n in rebound_globals(path) if (path.relative_to(PACKAGE).as_posix(), n) not in ALLOWED]
    assert unexpected == [], f"{path.name} rebinds module globals {unexpected}: pass them as arguments or a context"


def test_the_scan_finds_a_rebound_global(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("_state = None\n\ndef f():\n    global _state\n    _state = 1\n", encoding="utf-8")
    assert rebound_globals(module) == ["_state"]
