"""The document: the one source of truth every view and every run reads, and its undo commands."""
