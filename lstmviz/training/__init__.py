"""Training with Keras: the builder, the fast engine, exports.

TensorFlow and Keras are imported lazily inside functions, so importing this package
is cheap; nothing here imports Qt.
"""
