"""File formats, without TensorFlow: projects, ``.keras`` archives, CSV data, array encodings, Keras scripts.

Everything here reads untrusted files: sizes are bounded before anything is inflated or
allocated, and every problem is one error naming the file and what is wrong. Every write
is atomic.
"""
