"""The only writer of build output: stage in a temporary folder, swap into place, skip unchanged files."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath


def _safe_relpath(rel: str) -> PurePosixPath:
    """Refuse any generated path that could leave its folder (slugs are checked earlier; this is the last guard)."""
    path = PurePosixPath(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts or any(p.startswith(".") for p in path.parts):
        raise ValueError(f"refusing to write outside the output folder: {rel!r}")
    return path


def write_if_changed(path: Path, text: str) -> bool:
    """Write text atomically (temp file + rename) unless the file already holds it; return True if written."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _stage_dir(staging: Path, current: Path, files: dict[PurePosixPath, bytes]) -> int:
    """Fill staging with files; an unchanged file is hard-linked from current so its mtime survives."""
    written = 0
    for rel, data in sorted(files.items()):
        dest = staging / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        old = current / rel
        try:
            if old.is_file() and old.stat().st_size == len(data) and old.read_bytes() == data:
                os.link(old, dest)
                continue
        except OSError:
            pass  # no hard links on this file system: write a copy
        dest.write_bytes(data)
        written += 1
    return written


def replace_dir(target: Path, staged: Path) -> None:
    """Move a fully written folder into place; the old one is removed only after the swap."""
    trash = None
    if target.exists():
        trash = target.with_name(f".{target.name}.old-{os.getpid()}")
        if trash.exists():
            shutil.rmtree(trash)
        os.replace(target, trash)
    os.replace(staged, target)
    if trash is not None:
        shutil.rmtree(trash, ignore_errors=True)


def write_generated(docs_dir: Path, pages: dict[str, str], managed_dirs: list[str], managed_files: list[str],
                    work_dir: Path) -> int:
    """Write the generated pages into docs_dir; return how many files changed.

    Each managed folder (articles/, topics/ …) is written complete into work_dir and swapped in,
    so a killed build leaves either the old folder or the new one, never a half-written mix; a
    managed single file (index.md) is replaced atomically. Files outside the managed names, such
    as the hand-written about.md, are never touched. Files no longer generated disappear.
    """
    by_dir: dict[str, dict[PurePosixPath, bytes]] = {d: {} for d in managed_dirs}
    singles: dict[str, str] = {}
    for rel, text in pages.items():
        path = _safe_relpath(rel)
        top = path.parts[0]
        if len(path.parts) > 1 and top in by_dir:
            by_dir[top][PurePosixPath(*path.parts[1:])] = text.encode("utf-8")
        elif len(path.parts) == 1 and rel in managed_files:
            singles[rel] = text
        else:
            raise ValueError(f"{rel!r} is not inside a generated folder or file of docs/")
    docs_dir.mkdir(parents=True, exist_ok=True)
    work_dir.mkdir(parents=True, exist_ok=True)
    changed = 0
    for name, files in by_dir.items():
        current = docs_dir / name
        staging = Path(tempfile.mkdtemp(dir=work_dir, prefix=f"{name}-"))
        try:
            written = _stage_dir(staging, current, files)
            removed = _count_files(current) - (len(files) - written) if current.exists() else 0
            if written or removed:
                os.chmod(staging, 0o755)
                replace_dir(current, staging)
                changed += written + removed
        finally:
            if staging.exists():
                shutil.rmtree(staging)
    for name in managed_files:
        path = docs_dir / name
        if name in singles:
            changed += write_if_changed(path, singles[name])
        elif path.exists():
            path.unlink()
            changed += 1
    return changed


def _count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


def publish_dir(staged: Path, target: Path) -> None:
    """Swap a freshly built folder (site/) into place."""
    os.chmod(staged, 0o755)
    replace_dir(target, staged)
