"""The exceptions a build may raise, each rendered as one actionable line."""
from pathlib import Path


def display_path(path) -> str:
    """`path` relative to the working directory when inside it, as contributors see it."""
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


class LibraryError(Exception):
    """Base class: every error the build reports to a contributor."""


class SourceError(LibraryError):
    """A source text cannot be used: names the file, the rule and what to do."""

    def __init__(self, path: str, rule: str, hint: str):
        self.path, self.rule, self.hint = str(path), rule, hint
        super().__init__(f"{self.path}: {rule}: {hint}")


class ConfigError(LibraryError):
    """A committed configuration file (taxonomy, slugs) is invalid."""
