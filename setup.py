"""Packages for setuptools; everything else is in pyproject.toml.

pyproject's ``packages.find`` only finds folders below ``lstmviz/``, but the top-level
``resources/`` folder ships as ``lstmviz.resources`` (mapped in pyproject's package-dir).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["lstmviz", "lstmviz.*"]), "lstmviz.resources"])
