"""The real-page evaluation: judgments as line numbers and hashes, and the scorer (make eval)."""
