"""Pure-Python model core: layer catalogue, architectures, shape and parameter inference.

Nothing here imports Qt, TensorFlow or Keras; numpy is the only dependency.
"""
