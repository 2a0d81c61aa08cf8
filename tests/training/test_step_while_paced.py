"""Step on a paused run that has a pace: each Step trains its one epoch at once.

A Step grants epochs while the run stays paused; a pacing wait ends at once when the run
is paused, so a runner that paced a Step came straight back to the same wait, spinning
(holding the GIL the window needs) instead of training. This checks that each Step is one
epoch, and that the runner asks the control only a few times per Step, not thousands.
"""

from __future__ import annotations

import threading

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.examples import get_example
from lstmviz.training.control import TrainingControl
from lstmviz.training.engine import run_training
from lstmviz.training.messages import EpochLosses


class CountingControl(TrainingControl):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        self.waiting = threading.Event()  # the runner blocks in allowance (paused, nothing granted)

    def allowance(self):
        self.asked += 1
        with self._lock:
            if self._paused and self._budget == 0 and not self._stopped:
                self.waiting.set()
        return super().allowance()


def test_each_step_of_a_paced_paused_run_trains_one_epoch():
    example = get_example("one-to-one")
    dataset = load_dataset(example.dataset)
    control = CountingControl()
    control.set_pace(5.0)  # a slow pace: a paced epoch would be due only 0.2 s after the last
    control.pause()
    epochs: list[int] = []
    arrived = threading.Event()

    def sink(message):
        if isinstance(message, EpochLosses):
            epochs.extend(range(message.first_epoch, message.first_epoch + len(message.losses)))
            arrived.set()

    thread = threading.Thread(target=run_training, args=(example.architecture, dataset,
                                                         example.training.updated(epochs=50), sink, control))
    thread.start()
    try:
        for k in range(4):
            assert control.waiting.wait(120), "the run never paused"
            control.waiting.clear()
            asked = control.asked
            arrived.clear()
            control.step(1)
            assert arrived.wait(60), f"step {k + 1} trained nothing"
            assert control.waiting.wait(60)
            assert epochs == list(range(1, k + 2))
            assert control.asked - asked <= 3, control.asked - asked  # no spinning on the pace
    finally:
        control.stop()
        thread.join(30)
    assert not thread.is_alive()
