"""The sizes lstmviz handles: the one home of every model and dataset limit.

A file, a command-line option or an edit that goes beyond one of these is refused with a
message that names the value, where it is and the limit, before anything is allocated.
The file-format limits (bytes read, JSON nesting) live beside the readers, in
:mod:`lstmviz.io.limits`; the README's "Reliability" section lists them all.
"""

from __future__ import annotations

import re

from lstmviz.i18n import tr

# The model. Time steps and features match what the inspector's spin boxes accept.
MAX_TIME_STEPS = 100_000
MAX_FEATURES = 100_000  # and every input axis other than time
MAX_INPUT_RANK = 8
MAX_LAYERS = 200  # a 200-layer model loads and draws in well under 100 ms
MAX_PARAMS = 20_000_000  # weights of the whole model (80 MB as float32; a trained project must still fit in a project file)

# Training history. A run trains at most settings.RANGES["epochs"] epochs; a run that continues
# another counts on from its last epoch, up to MAX_EPOCH. The reader of project files and the
# training that writes them share these numbers, so every state training reaches can be saved
# and opened again. Loss curves keep one value per epoch from epoch 1 (8 bytes each), so these
# also bound what a file's runs may ask to allocate.
MAX_EPOCH = 5_000_000  # the highest epoch number a run may reach
MAX_CURVE_VALUES = 20_000_000  # loss values of all runs of one project together (160 MB as float64)
MAX_SNAPSHOT_ROWS = 2_000_000  # replay snapshots of all runs of one project together

# Data: samples x time steps x features of the windowed arrays, checked before they are built.
MAX_DATASET_VALUES = 50_000_000

# Texts read from files (titles, model and layer names, column names).
MAX_TEXT_CHARS = 1_000

# The numpy cell values the unrolled view computes on the GUI thread (and the engine's live
# probe): longer sequences are drawn but not coloured, so a repaint stays well under 100 ms.
MAX_VALUE_STEPS = 1_000
MAX_VALUE_WORK = 20_000_000  # multiply-adds for one sample through the layers up to the shown one

# What a message quotes of a value it complains about.
QUOTE_CHARS = 80
MESSAGE_CHARS = 600

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def count(n: int) -> str:
    """``12,345``: how every limit and every refused size is printed."""
    return f"{n:,}"


def elide(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` cut in the middle to at most ``limit`` characters (about), with "…" where it was cut."""
    if len(text) <= limit:
        return text
    head = max(limit * 2 // 3, 1)
    tail = max(limit - head - 1, 0)
    return text[:head] + "\u2026" + (text[-tail:] if tail else "")


def one_line(text: str, limit: int = MESSAGE_CHARS) -> str:
    """A message fit for one terminal line or a status bar: control characters escaped, length bounded."""
    text = elide(str(text), limit * 4)  # escaping can only lengthen it; never scan megabytes
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return elide(text, limit)


def quoted(value: object, limit: int = QUOTE_CHARS) -> str:
    """``repr(value)`` for a message, bounded: a 50 MB string from a hostile file costs nothing to quote."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit + 1]  # repr of the start only, then elided
    elif isinstance(value, (list, tuple, dict)) and len(value) > limit:
        return tr("a {kind} of {n} items").format(kind=type(value).__name__, n=count(len(value)))
    try:
        text = repr(value)
    except (RecursionError, ValueError):  # a nesting repr gives up on; an int too long to print
        return tr("a {kind}").format(kind=type(value).__name__)
    return elide(text, limit)


def continue_problem(start_epoch: int, epochs: int) -> str | None:
    """Why a run from ``start_epoch`` over ``epochs`` epochs may not start (it would pass :data:`MAX_EPOCH`), or None."""
    last = start_epoch - 1 + epochs
    if last <= MAX_EPOCH:
        return None
    return tr("this run would end at epoch {last}; lstmviz counts at most {limit} epochs from the first run's "
              "start: train from fresh weights, or fewer epochs").format(last=count(last), limit=count(MAX_EPOCH))


def text_problem(value: object, what: str) -> str | None:
    """Why ``value`` is not a usable text field (a title, a name), or None."""
    if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
        return tr("{what} is {n} characters long; lstmviz reads at most {limit}").format(
            what=what, n=count(len(value)), limit=count(MAX_TEXT_CHARS))
    return None
