"""Shared test set-up: Qt renders offscreen, TensorFlow stays quiet."""

import os

# Before anything imports Qt: tests run with no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
