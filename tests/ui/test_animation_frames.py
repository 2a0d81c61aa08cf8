"""The training animation's frames: the whole diagram and the plots, no controls, true colours.

A trained project with its replay snapshots is opened (no TensorFlow needed); its GIF is
checked frame by frame against what the window draws.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PIL import Image

from lstmviz.io.project_io import from_example, save_project
from lstmviz.model.runs import TrainedState
from lstmviz.model.snapshots import RunSnapshots
from lstmviz.ui.exports.animation_export import FRAME_WIDTH, exact_colours, quantize_frame, render_scene, to_pil
from lstmviz.ui.training.plot_base import LOSS_COLOUR, RUN_COLOURS
from tests.ui.editor_support import isolated_settings, window  # noqa: F401
from tests.ui.test_trained_document import a_run, open_now, weights_for


def replayable_project(tmp_path, name="many-to-many", epochs=40):
    project = from_example(name)
    arch = project.architecture
    flat = [np.concatenate([w.ravel() for w in weights_for(arch, seed=k)]) for k in range(epochs)]
    shapes = tuple(w.shape for w in weights_for(arch))
    run = replace(a_run(1, list(np.geomspace(0.5, 1e-3, epochs)), project.training),
                  snapshots=RunSnapshots(np.arange(1, epochs + 1), np.stack(flat), shapes))
    trained = TrainedState(arch, weights_for(arch, seed=epochs - 1), run=1, epoch=epochs, loss=1e-3,
                           source=f"run #1, epoch {epochs}")
    return save_project(replace(project, trained=trained, runs=(run,)), tmp_path / "replay.lstmviz")


def rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


def test_a_frame_keeps_the_fixed_colours_exactly_and_many_shades():
    image = Image.new("RGB", (300, 40), "white")
    pixels = image.load()
    for x in range(300):  # a smooth ramp, as a gate heatmap has
        for y in range(20):
            pixels[x, y] = (int(x * 255 / 299), 140, 255 - int(x * 255 / 299))
    for k, colour in enumerate(RUN_COLOURS):  # legend swatches
        for x in range(k * 10, k * 10 + 8):
            for y in range(25, 35):
                pixels[x, y] = rgb(colour)
    paletted = quantize_frame(image)
    back = paletted.convert("RGB").load()
    for k, colour in enumerate(RUN_COLOURS):
        assert back[k * 10 + 3, 30] == rgb(colour)  # exact, not the nearest of a few
    ramp = {back[x, 5] for x in range(300)}
    assert len(ramp) > 100  # the ramp keeps its shades (64 colours left about 30)
    assert all(rgb(c) in [tuple(paletted.getpalette()[i:i + 3]) for i in range(0, 768, 3)] for c in exact_colours())


def test_the_gif_holds_the_whole_diagram_and_the_plots_without_controls(qtbot, window, tmp_path):
    assert open_now(window, replayable_project(tmp_path, epochs=12))  # a frame per epoch: a dozen show it
    panel = window.training_panel
    window.tabs.setCurrentWidget(window.unrolled_view)
    spin = panel.prediction_pane.sample_spin
    shown_before = (spin.isVisible(), panel.loss_pane.readout.isVisible())
    exporter = window.animation_export
    done = []
    exporter.finished.connect(lambda _path, error: done.append(error))
    path = tmp_path / "run.gif"
    assert exporter.start(str(path), show_progress=False)
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    assert done == [""]
    assert (spin.isVisible(), panel.loss_pane.readout.isVisible()) == shown_before  # the controls are back
    gif = Image.open(path)
    assert gif.n_frames == 12 and gif.size[0] <= FRAME_WIDTH
    gif.seek(gif.n_frames - 1)
    last = np.asarray(gif.convert("RGB"), dtype=float)
    # The top of the frame is the diagram's whole scene, as the window draws it at the last epoch.
    panel.replay_bar.scrub_to_epoch(12)
    top = render_scene(window.unrolled_view.diagram)
    bottom_h = panel.loss_pane.grab().height()
    scale = gif.size[0] / max(top.width(), panel.loss_pane.width() + panel.prediction_pane.width())
    expected_h = round((top.height() + max(bottom_h, panel.prediction_pane.grab().height())) * scale)
    assert abs(gif.size[1] - expected_h) <= 2, (gif.size, expected_h)
    diagram = top.scaled(round(top.width() * scale), round(top.height() * scale))
    x0 = (gif.size[0] - diagram.width()) // 2
    ours = np.asarray(to_pil(diagram), dtype=float)
    region = last[: ours.shape[0], x0:x0 + ours.shape[1]]
    assert np.abs(region - ours).mean() < 6.0  # the same drawing (scaling and palette aside)
    # The loss curve's colour is exact in the GIF, not the nearest of a small palette.
    colours = {tuple(c) for c in last.reshape(-1, 3).astype(int)}
    assert rgb(RUN_COLOURS[0]) in colours or rgb(LOSS_COLOUR) in colours
