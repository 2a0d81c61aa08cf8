"""Chinese text fits too: the clipping checks of test_no_clipping, with the window in zh_CN."""

from __future__ import annotations

import pytest

from lstmviz.ui.language import language
from tests.ui.recorded_run import record_run
from tests.ui.test_no_clipping import problems
from tests.ui.window_sizes import open_window


@pytest.fixture
def chinese(qapp, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))
    assert language.apply(language.CHINESE, qapp) == language.CHINESE


@pytest.mark.parametrize(("size", "presenter"), [((1280, 720), False), ((1280, 720), True), ((1920, 1080), False),
                                                 ((1920, 1080), True)],
                         ids=["1280x720-normal", "1280x720-presenter", "1920x1080-normal", "1920x1080-presenter"])
def test_nothing_chinese_is_clipped_before_and_after_a_run(qtbot, chinese, size, presenter):
    window = open_window(qtbot, "many-to-many", size, presenter)
    assert problems(window) == []
    record_run(window.document)
    window.training_panel.redraw()
    assert problems(window) == []
