"""File formats, without TensorFlow: ``.keras`` archives, array encodings for project files.

Everything here reads untrusted files: sizes are bounded before anything is inflated or
allocated, and every problem is one error naming the file and what is wrong.
"""
