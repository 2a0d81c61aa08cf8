"""File > Export > Training Animation: the replay of a run as an animated GIF.

Each frame scrubs the training panel's replay to one epoch and draws what it shows: the
Unrolled tab's whole diagram (rendered from its scene, so no scroll bar, header or cut-off
heatmap gets in), over the loss curve with its marker and the predictions (the plots
alone: their controls are hidden while the frames are grabbed). Frames are grabbed one
per event-loop turn (a progress dialog shows how far, with Cancel), so the window never
freezes; Pillow then encodes the GIF on a background thread, and the file is written
atomically.

Colours: every frame has its own palette of 256 colours, the plots' and the runs' own
colours first, exactly, then what the frame needs most (the gate heatmaps' shades), so
legend swatches match their curves and gate colours are not flattened.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import numpy as np
from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene
from PySide6.QtWidgets import QProgressDialog, QTabWidget, QWidget

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.ui.exports.export_window import ExportWindow
from lstmviz.ui.work.background import Outcome, run_in_background

if TYPE_CHECKING:  # the window has them built before it makes the exporter
    from lstmviz.ui.training.panel import TrainingPanel
    from lstmviz.ui.unrolled.view import UnrolledView

MAX_FRAMES = 60
FRAME_WIDTH = 720  # pixels; the tutorial's runs stay near 1-2 MB at this width
FRAME_MS = 100  # GIF frame time: 60 frames play in 6 s
LAST_FRAME_MS = 1500  # the end stays a moment before the loop starts again
COLOURS = 256  # palette entries per frame (the most a GIF frame has)
SCENE_MARGIN = 8  # scene units around the diagram


def exact_colours() -> list[str]:
    """Colours every frame keeps exactly: the curves, the runs' swatches, the marker, text and paper."""
    from lstmviz.ui.training.plot_base import (
        DIVERGED_COLOUR, LOSS_COLOUR, PREDICTION_COLOUR, RUN_COLOURS, TARGET_COLOUR, TEXT_COLOUR, VAL_COLOUR,
    )

    return list(dict.fromkeys(["#ffffff", "#000000", TEXT_COLOUR, LOSS_COLOUR, VAL_COLOUR, TARGET_COLOUR,
                               PREDICTION_COLOUR, DIVERGED_COLOUR, *RUN_COLOURS]))


def frame_indexes(count: int, frames: int = MAX_FRAMES) -> list[int]:
    """Evenly spaced snapshot indexes from the first to the last (at most ``frames``)."""
    if count <= 0:
        return []
    return sorted({int(round(i)) for i in np.linspace(0, count - 1, min(count, frames))})


def to_pil(image: QImage) -> Any:
    from PIL import Image

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    # Qt pads each line to 4 bytes; Pillow is told the stride.
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", image.bytesPerLine(), 1)


def quantize_frame(frame: Any, fixed: list[str] | None = None, colours: int = COLOURS) -> Any:
    """``frame`` with a palette of its own: the ``fixed`` colours exactly, then the ones it needs most.

    Pillow's median cut chooses the shades (as many as the palette has room for beside the fixed
    colours; its fast octree would take a tenth of the time but keeps 16 shades of a heatmap's
    ramp where median cut keeps over a hundred); then every pixel that is
    exactly a fixed colour gets that colour's own entry, so a legend swatch matches its curve (a
    quantizer gives it the average of its neighbours).
    """
    from PIL import Image

    fixed_rgb = [(q.red(), q.green(), q.blue()) for q in map(QColor, exact_colours() if fixed is None else fixed)]
    adaptive = frame.quantize(colors=max(1, colours - len(fixed_rgb)), method=Image.Quantize.MEDIANCUT,
                              dither=Image.Dither.NONE)
    base = min(len(adaptive.getpalette()) // 3, colours - len(fixed_rgb))
    indexes = np.array(adaptive, dtype=np.uint8)
    pixels = np.asarray(frame.convert("RGB"), dtype=np.int32)
    packed = (pixels[..., 0] << 16) | (pixels[..., 1] << 8) | pixels[..., 2]
    keys = np.array([(r << 16) | (g << 8) | b for r, g, b in fixed_rgb], dtype=np.int32)
    order = np.argsort(keys)
    exact = np.isin(packed, keys)
    indexes[exact] = base + order[np.searchsorted(keys[order], packed[exact])]
    palette = adaptive.getpalette()[: 3 * base] + [v for colour in fixed_rgb for v in colour]
    image = Image.fromarray(indexes, "P")
    image.putpalette(palette + palette[-3:] * (256 - len(palette) // 3))
    return image


def encode_gif(frames: list[Any], frame_ms: int = FRAME_MS, last_ms: int = LAST_FRAME_MS) -> bytes:
    """An endless-loop GIF of PIL images (one palette each: :func:`quantize_frame`)."""
    if not frames:
        raise ValueError(tr("there are no frames to write"))
    fixed = exact_colours()
    paletted = [quantize_frame(f, fixed) for f in frames]
    out = io.BytesIO()
    durations = [frame_ms] * (len(paletted) - 1) + [last_ms]
    paletted[0].save(out, format="GIF", save_all=True, append_images=paletted[1:], duration=durations, loop=0,
                     optimize=False, disposal=1)
    return out.getvalue()


def render_scene(scene: QGraphicsScene, scale: float = 1.0) -> QImage:
    """The whole scene (every item, the heatmaps at the bottom included) on white, ``scale`` pixels per unit."""
    source = scene.itemsBoundingRect().united(scene.sceneRect()).adjusted(
        -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    return image


def compose(top: QImage, bottom: list[QImage], width: int = FRAME_WIDTH) -> QImage:
    """``top`` over the ``bottom`` images side by side, scaled to ``width`` pixels."""
    below_w = sum(i.width() for i in bottom)
    below_h = max((i.height() for i in bottom), default=0)
    full_w = max(top.width(), below_w, 1)
    canvas = QImage(full_w, top.height() + below_h, QImage.Format.Format_RGB32)
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.drawImage((full_w - top.width()) // 2, 0, top)
    x = (full_w - below_w) // 2
    for image in bottom:
        painter.drawImage(x, top.height(), image)
        x += image.width()
    painter.end()
    if full_w <= width:
        return canvas
    return canvas.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


@dataclass
class AnimationJob:
    path: str
    indexes: list[int]
    frames: list[Any] = field(default_factory=list)
    at: int = 0


class AnimationExport(QObject):
    """Grabs the replay frame by frame, then encodes and writes the GIF off the GUI thread."""

    finished = Signal(str, str)  # path, error ("" when written)

    def __init__(self, window: QWidget, panel: TrainingPanel, tabs: QTabWidget, view: UnrolledView,
                 parent: QObject | None = None) -> None:
        """``window`` parents the progress dialog; the frames show ``view`` (brought forward in ``tabs``) over
        ``panel``'s plots."""
        super().__init__(parent or window)
        self.window = window
        self.panel, self.tabs, self.view = panel, tabs, view
        self.job: AnimationJob | None = None
        self.cancelled = False  # whether the last export ended by a cancel
        self.progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._grab_next)
        self.on_done: Callable[[str, str], None] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def problem(self) -> str | None:
        """Why there is nothing to animate, or None."""
        bar = self.panel.replay_bar
        if self.panel.running:
            return tr("wait until the run has finished")
        if bar.snapshots is None or len(bar.snapshots) < 2:
            return tr("there is no run to replay: train the model first")
        return None

    def start(self, path: str, show_progress: bool = True) -> bool:
        """Begin writing ``path``; :attr:`finished` tells the outcome. False when it cannot start."""
        bar = self.panel.replay_bar
        if self.busy or self.problem() is not None or bar.snapshots is None:
            return False
        self.tabs.setCurrentWidget(self.view)  # the diagram is grabbed where it is shown
        self.job = AnimationJob(str(path), frame_indexes(len(bar.snapshots)))
        self._return_to = bar.slider.value()
        self._hide_controls()
        if show_progress:
            self.progress = QProgressDialog(tr("Grabbing the replay's frames…"), tr("Cancel"), 0,
                                            len(self.job.indexes) + 1, self.window)
            self.progress.setWindowTitle(tr("Export training animation"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            self.progress.canceled.connect(self.cancel)
        self._timer.start()
        return True

    def cancel(self) -> None:
        if self.job is None:
            return
        self._timer.stop()
        self._end(tr("cancelled"), cancelled=True)

    def _grab_next(self) -> None:
        job = self.job
        if job is None:
            self._timer.stop()
            return
        panel = self.panel
        bar = panel.replay_bar
        if bar.snapshots is None or panel.running:
            self.cancel()
            return
        bar.slider.setValue(job.indexes[job.at])
        view = self.view
        view.ensure_current()
        top = render_scene(view.diagram)
        for widget, _shown in self._hidden:
            widget.hide()  # the scrub's redraw may have shown one again (the sample picker)
        bottom = [panel.loss_pane.grab().toImage(), panel.prediction_pane.grab().toImage()]
        job.frames.append(to_pil(compose(top, bottom)))
        job.at += 1
        if self.progress is not None:
            self.progress.setValue(job.at)
        if job.at < len(job.indexes):
            return
        self._timer.stop()
        bar.slider.setValue(self._return_to)
        self._restore_controls()
        if self.progress is not None:
            self.progress.setLabelText(tr("Writing the GIF…"))
        frames, path = job.frames, job.path
        run_in_background(lambda: write_atomically(path, encode_gif(frames)), self, self._written)

    def _written(self, outcome: Outcome) -> None:
        if self.job is None:
            return
        self._end("" if outcome.ok else str(outcome.error))

    def _hide_controls(self) -> None:
        """The plots' own controls and hover read-outs are not content: out of the frames while they are grabbed."""
        panel = self.panel
        widgets = [getattr(panel, "runs_button", None), panel.prediction_pane.sample_label,
                   panel.prediction_pane.sample_spin, panel.loss_pane.readout, panel.prediction_pane.readout]
        self._hidden = [(w, w.isVisible()) for w in widgets if w is not None]
        for widget, _shown in self._hidden:
            widget.hide()

    def _restore_controls(self) -> None:
        for widget, shown in getattr(self, "_hidden", []):
            widget.setVisible(shown)
        self._hidden = []

    def _end(self, error: str, cancelled: bool = False) -> None:
        self._restore_controls()
        path = self.job.path if self.job is not None else ""
        self.job = None
        self.cancelled = cancelled  # read by whoever gets finished: a cancel is no failure
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit(path, error)


def export_dialog(window: ExportWindow, exporter: AnimationExport, parent: QWidget | None = None) -> None:
    """Ask where, then start; errors go to the window's error box, success to the status bar."""
    problem = exporter.problem()
    if problem is not None:
        window.show_error(tr("Cannot export"), tr("No training animation: {reason}").format(reason=problem))
        return
    path = window.choose_export_path(tr("Export training animation"), "training.gif", tr("GIF animation (*.gif)"))
    if path:
        exporter.start(path)
