"""Help texts: how the parameter counts come about (for the Help menu; About is in help_dialogs)."""

from __future__ import annotations

from html import escape

from lstmviz.i18n import tr, tr_noop
from lstmviz.model import catalogue
from lstmviz.model.inference import Inference

_LSTM = tr_noop("""<h3>Why an LSTM has 4 × ((features + units) × units + units) parameters</h3>
<p>An LSTM layer reads <code>[samples, time steps, features]</code>. At each time step it
looks at the new input x(t) and its own previous output h(t-1), joined into one vector
<code>[h(t-1), x(t)]</code> of <i>features + units</i> numbers.</p>
<p>Four blocks read that vector: the <b>input gate i</b>, the <b>forget gate f</b>, the
<b>candidate g</b> and the <b>output gate o</b>. Each is a
<code>(features + units) × units</code> weight matrix plus <code>units</code> biases.
Updating the cell state c(t) and computing h(t) from them has no weights of its own.</p>
<p>Keras stores each block as a kernel <b>W</b> (features × units) over x(t) and a
recurrent kernel <b>U</b> (units × units) over h(t-1): the same numbers, split in two.</p>
<p>Example from the text model: 10 tokens embedded in 300 dimensions into LSTM(128):
<code>4 × ((300 + 128) × 128 + 128) = 219,648</code>.</p>
<p><b>All time steps share these weights.</b> An unrolled LSTM drawn as five cells side by
side is one cell used five times, which is why the count does not depend on the number of
time steps.</p>""")


def formula_help(inference: Inference | None = None) -> str:
    rows = "".join(
        f"<tr><td><b>{escape(name)}</b></td><td><code>{escape(tr(kind.formula))}</code></td></tr>"
        for name, kind in catalogue.KINDS.items()
    )
    current = ""
    if inference is not None and inference.layers:
        lines = "".join(
            f"<tr><td>{escape(info.title)}</td><td><code>"
            f"{escape(info.derivation.formula if info.derivation else str(info.error or '?'))}</code></td></tr>"
            for info in inference.layers
        )
        current = (tr("<h3>This model</h3>") + f"<table cellspacing='6'>{lines}</table>"
                   + tr("<p>Total: <b>{count}</b> parameters.</p>").format(count=f"{inference.total_params:,}"))
    return (
        tr(_LSTM)
        + tr("<h3>Every layer kind</h3>")
        + f"<table cellspacing='6'>{rows}</table>"
        + tr("<p>GRU: three blocks (update z, reset r, candidate); with Keras's default "
             "reset_after=True each block has two biases, one for x(t) and one for h(t-1).</p>")
        + current
    )
