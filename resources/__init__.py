"""The app's data files, installed as the package ``lstmviz.resources``.

Icons, the desktop entry, the AppStream metainfo, the MIME type of project files and the
translations. The code reaches them through :mod:`lstmviz.resources_path`
(``importlib.resources``), so they are found in a source checkout, an editable install,
a wheel and a PyInstaller bundle alike.
"""
