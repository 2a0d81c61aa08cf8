"""The real-series examples fit the window too: in English and Chinese, normal and presenter mode at
1280x720, before and after a run (the test period, scores and step bars shown)."""

from __future__ import annotations

import pytest

from lstmviz.ui.language import language
from tests.ui.recorded_run import record_run
from tests.ui.test_no_clipping import problems
from tests.ui.window_sizes import open_window


@pytest.fixture(params=[language.ENGLISH, language.CHINESE])
def language_code(qapp, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))
    assert language.apply(request.param, qapp) == request.param
    return request.param


@pytest.mark.parametrize("presenter", [False, True], ids=["normal", "presenter"])
@pytest.mark.parametrize("example", ["airline-passengers", "seattle-weather-label"])
def test_series_examples_fit_1280x720_before_and_after_a_run(qtbot, language_code, example, presenter):
    window = open_window(qtbot, example, (1280, 720), presenter)
    pane = window.training_panel.evaluation_pane
    assert pane.isVisible()
    assert problems(window) == []
    record_run(window.document, epochs=50)
    qtbot.waitUntil(lambda: pane.evaluation is not None, timeout=10000)
    window.training_panel.redraw()
    assert problems(window) == []
    assert (window.width(), window.height()) == (1280, 720)
