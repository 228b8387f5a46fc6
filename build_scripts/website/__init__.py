"""The site stage: Markdown pages from templates, charts, the feed, and the MkDocs hooks and Markdown extension that turn them into the site."""
