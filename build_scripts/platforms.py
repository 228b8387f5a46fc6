"""Which systems the build runs on, and the one line a contributor on another one reads first."""
from __future__ import annotations

import sys

# Linux (Debian/Ubuntu, and Windows' WSL 2) is what CI and the maintainers run; macOS has fork and
# is expected to work but is not tested. Windows itself lacks fork, libc and the make recipes.
WINDOWS_HINT = ("this build runs on Linux (or macOS), not on Windows itself: install WSL 2 "
                "(wsl --install in PowerShell), clone the repository inside Ubuntu and run make there")


def platform_problem(platform: str | None = None) -> str | None:
    """The line to print instead of running on an unsupported system (sys.platform by default), or None."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "cygwin", "msys")):
        return WINDOWS_HINT
    return None
