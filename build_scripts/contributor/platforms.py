"""Which systems the build runs on, and the one line a contributor on another one reads first."""
from __future__ import annotations

import sys

# Linux (Debian/Ubuntu, and Windows' WSL 2) is what CI and the maintainers run; macOS has fork and
# is expected to work but is not tested. Windows itself lacks fork, libc and the make recipes.
WINDOWS_HINT = ("不支持直接在 Windows 上运行（需要 Linux 或 macOS）：请安装 WSL 2（在 PowerShell 里运行 wsl --install），"
                "在其中的 Ubuntu 里克隆仓库并运行 make")


def platform_problem(platform: str | None = None) -> str | None:
    """The line to print instead of running on an unsupported system (sys.platform by default), or None."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "cygwin", "msys")):
        return WINDOWS_HINT
    return None
