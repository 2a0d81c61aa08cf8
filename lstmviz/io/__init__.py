"""File formats, TensorFlow-free: projects, .keras archives, CSV data, Keras scripts, atomic writes."""
