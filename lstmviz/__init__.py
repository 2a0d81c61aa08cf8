"""lstmviz: see recurrent neural networks — build, unroll and train them live."""

__version__ = "0.2.0"
