"""How many optimizer steps one compiled call holds: about CALL_SECONDS of work, or at least
MIN_CALL_STEPS long steps within LONG_CALL_SECONDS (the call's fixed cost stays a small share)."""

import pytest

from lstmviz.training.fast_runner import CALL_SECONDS, LONG_CALL_SECONDS, MIN_CALL_STEPS, _adapt


def settled(per_step: float, target: float | None = None) -> int:
    """The steps per call once the sizing has settled, for steps that take ``per_step`` seconds."""
    k = 1
    for _ in range(20):
        k = _adapt(k, k, per_step * k, target)
    return k


def test_short_steps_fill_a_call_of_the_default_length():
    assert settled(1e-4) == pytest.approx(CALL_SECONDS / 1e-4, rel=0.01)


def test_long_steps_come_at_least_min_call_steps_to_a_call():
    per_step = 0.005  # 16 of them take 0.08 s: more than CALL_SECONDS, within LONG_CALL_SECONDS
    assert settled(per_step) == MIN_CALL_STEPS


def test_very_long_steps_keep_a_call_within_long_call_seconds():
    per_step = 0.02
    k = settled(per_step)
    assert k == int(LONG_CALL_SECONDS / per_step) and k * per_step <= LONG_CALL_SECONDS + 1e-9
    assert settled(1.0) == 1  # a step longer than any call's length runs alone


def test_a_given_call_length_is_kept_whatever_the_steps():
    assert settled(0.005, target=1e-9) == 1
    assert settled(0.005, target=0.05) == 10


def test_a_call_grows_at_most_fourfold_at_a_time():
    assert _adapt(1, 1, 1e-4, None) == 4
