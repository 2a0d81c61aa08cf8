"""Exports: the animated GIF and the trained model."""
