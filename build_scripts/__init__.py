"""党建文库: turn scraped Chinese article texts into a cross-linked MkDocs library."""

# Bump when cleaning or rendering output changes; it keys the incremental build cache.
PIPELINE_VERSION = "1"
