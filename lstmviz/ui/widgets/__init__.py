"""Small widgets shared by the editor, the training panel and the unrolled view."""
