"""Where the app's data files are: icons, desktop entry, metainfo, MIME type, translations.

They live in the top-level ``resources/`` folder, which ships as the package
``lstmviz.resources``; :mod:`importlib.resources` finds it in a checkout, an editable
install, a wheel and a PyInstaller bundle alike. No Qt and no TensorFlow here: the
desktop installer and the headless commands use it too.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

# One reverse-DNS id names the desktop entry, the metainfo, the MIME package and the icon.
APP_ID = "io.github.lstmviz.lstmviz"
PROJECT_MIME_TYPE = "application/x-lstmviz-project"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources() -> Traversable:
    """The root of the data files (``resources/`` in a checkout)."""
    return files("lstmviz.resources")


def icon_png(size: int) -> Traversable:
    """The app icon as a ``size`` x ``size`` PNG (one of :data:`ICON_SIZES`)."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; the sizes are {', '.join(map(str, ICON_SIZES))}")
    return resources() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def icon_svg() -> Traversable:
    return resources() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def desktop_entry() -> Traversable:
    """The ``.desktop`` template (its Exec names ``lstmviz-gui``; the installer writes the real path)."""
    return resources() / f"{APP_ID}.desktop"


def metainfo() -> Traversable:
    return resources() / f"{APP_ID}.metainfo.xml"


def mime_package() -> Traversable:
    """The shared-mime-info package declaring :data:`PROJECT_MIME_TYPE` for ``*.lstmviz``."""
    return resources() / f"{APP_ID}.xml"


def translations() -> Traversable:
    return resources() / "translations"


def data_file(name: str) -> Traversable:
    """A bundled data set's file (or its ``.LICENSE.txt``) in ``resources/data/``."""
    return resources() / "data" / name
