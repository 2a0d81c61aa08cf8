"""What the readers accept: the one home of every file-format limit.

Bytes are checked on the open file before it is read (and again while reading, for a
file that grows); JSON is checked for nesting, item count and number sizes before it is
parsed. The model and dataset limits (time steps, parameters, dataset values) live in
:mod:`lstmviz.model.limits`, where inference checks them; the README's "Reliability"
section lists both.
"""

from __future__ import annotations

from lstmviz.i18n import tr

# Bytes read from disk, per kind of file.
MAX_PROJECT_BYTES = 160 << 20  # room for the largest model's weights (model.limits.MAX_PARAMS) as base64, and its runs
MAX_CSV_BYTES = 64 << 20
MAX_ARCHIVE_BYTES = 1 << 30  # a .keras zip (its weights may be large; only the members needed are inflated)
MAX_ZIP_MEMBERS = 1_000
MAX_ZIP_DIRECTORY_BYTES = 4 << 20  # the archive's list of members, read before any member
MAX_CONFIG_BYTES = 16 << 20  # a .keras file's config.json, after inflating
MAX_WEIGHTS_FILE_BYTES = 512 << 20  # model.weights.h5 after inflating (may also hold the optimizer's state)

# JSON (projects and config.json): checked on the text before it is parsed.
MAX_JSON_DEPTH = 64  # a project nests 6 levels, a Keras config about 12
MAX_JSON_ITEMS = 300_000  # values, keys and containers together: bounds the memory and the time a parse takes
MAX_JSON_ESCAPES = 1_000_000  # backslash escapes: the parser's slowest path, and rare in real files
MAX_INT_DIGITS = 30
MAX_NUMBER_CHARS = 64  # any JSON number's text (an exponent says enough in a few characters)

# CSV: cells in the file (rows x columns), checked while reading before a table is built.
MAX_CSV_CELLS = 10_000_000

# A Keras script holds its data inline; beyond this it is no longer a script to read.
MAX_SCRIPT_VALUES = 1_000_000

# Screenshots: each side, in pixels (4096 x 4096 is 64 MB of pixels, twice: the window and the image).
MIN_SCREENSHOT_SIDE = 200
MAX_SCREENSHOT_SIDE = 4096

# File names: longer paths are refused before the system is asked.
MAX_PATH_CHARS = 4_096


def size_text(n: int) -> str:
    """``64 MB`` or ``1,234 bytes``: how byte limits and sizes are printed."""
    if n >= 1 << 20:
        return tr("{size} MB").format(size=f"{n / (1 << 20):,.0f}")
    if n >= 10 << 10:
        return tr("{size} KB").format(size=f"{n / (1 << 10):,.0f}")
    return tr("{size} bytes").format(size=f"{n:,}")
