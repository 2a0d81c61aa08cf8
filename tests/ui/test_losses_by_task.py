"""The loss list follows the data's task: a classification offers cross-entropies, a regression
MSE, MAE and binary cross-entropy; a loss that does not fit stays visible, marked, and training
refuses it with the reason instead of training nonsense."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.datasets import loss_problem, losses_for
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.settings import LOSSES
from lstmviz.model.tasks import Task
from lstmviz.training.engine import run_training
from lstmviz.training.messages import Failed
from lstmviz.ui.document.document import Document
from lstmviz.ui.training.setup_form import TrainingSetup


def listed(setup: TrainingSetup) -> list[str]:
    combo = setup.form.loss
    return [combo.itemData(i) for i in range(combo.count())]


def open_setup(qtbot, example: str) -> tuple[Document, TrainingSetup]:
    document = Document()
    document.load_example(example)
    setup = TrainingSetup(document)
    qtbot.addWidget(setup)
    qtbot.waitUntil(lambda: not document.data.loading, timeout=10_000)
    return document, setup


@pytest.mark.parametrize("example, task", [("seattle-weather-label", Task.CLASSIFICATION),
                                           ("airline-passengers", Task.REGRESSION),
                                           ("char-shakespeare", Task.LANGUAGE_MODEL)])
def test_the_loss_list_is_the_tasks(qtbot, example, task):
    document, setup = open_setup(qtbot, example)
    assert document.data.dataset is not None and document.data.dataset.task is task
    assert listed(setup) == list(losses_for(document.data.dataset))
    assert setup.form.loss.currentData() == document.training.loss
    assert setup.form.settings().loss == document.training.loss


def test_a_loss_that_does_not_fit_stays_marked_and_choosing_a_listed_one_is_an_edit(qtbot):
    document, setup = open_setup(qtbot, "seattle-weather-label")
    document.set_training(replace(document.training, loss="mean_squared_error"))
    assert listed(setup)[-1] == "mean_squared_error"
    assert "does not fit" in setup.form.loss.currentText()
    with qtbot.waitSignal(document.training_settings_changed, timeout=5_000):
        setup.form.loss.setCurrentIndex(listed(setup).index("categorical_crossentropy"))
    assert document.training.loss == "categorical_crossentropy"
    assert listed(setup) == ["sparse_categorical_crossentropy", "categorical_crossentropy"]


def test_training_refuses_a_regression_loss_on_classes_and_says_which_fit():
    example = EXAMPLES["seattle-weather-label"]
    data = load_dataset(example.dataset)
    message = loss_problem(data, "mean_squared_error")
    assert message is not None and "classification" in message and "sparse categorical" in message
    assert loss_problem(data, "sparse_categorical_crossentropy") is None
    # A regression's targets are numbers: every loss may read them.
    series = load_dataset(EXAMPLES["airline-passengers"].dataset)
    assert all(loss_problem(series, loss) is None for loss in LOSSES)
    sent = []
    result = run_training(example.architecture, data, replace(example.training, epochs=1, loss="mean_absolute_error"),
                          sent.append)
    failed = [m for m in sent if isinstance(m, Failed)]
    assert failed and "does not fit a classification" in failed[0].message and result.epochs_run == 0
