"""The contributor tools: check (make check), new (a source skeleton), the pull-request summary, the live preview (make serve) and the supported platforms."""
