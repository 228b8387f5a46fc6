"""The exceptions a build may raise, each rendered as one actionable line."""


class LibraryError(Exception):
    """Base class: every error the build reports to a contributor."""


class SourceError(LibraryError):
    """A source text cannot be used: names the file, the rule and what to do."""

    def __init__(self, path: str, rule: str, hint: str):
        self.path, self.rule, self.hint = str(path), rule, hint
        super().__init__(f"{self.path}: {rule}: {hint}")


class ConfigError(LibraryError):
    """A committed configuration file (taxonomy, slugs) is invalid."""
