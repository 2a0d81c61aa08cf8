"""lstmviz: see recurrent neural networks — build, unroll and train them live."""

__version__ = "0.1.0"
