"""Full-text search of the library: terms of an article (analyzer), the index files (index, facets), reading them back (reader)."""
