"""The hybrid logical clock: monotonic, past every stamp it has seen, the same order everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.hlc import MAX_DRIFT_MS, Clock, ClockError, Stamp


class FakeTime:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_text_form_sorts_like_the_stamps() -> None:
    stamps = [Stamp(1, 0, "b"), Stamp(1, 1, "a"), Stamp(1, 1, "b"), Stamp(2, 0, "a"),
              Stamp(10**12, 0xFFFF, "a")]  # fmt: skip
    assert sorted(stamps) == stamps
    assert sorted(str(s) for s in stamps) == [str(s) for s in stamps]
    for s in stamps:
        assert Stamp.parse(str(s)) == s


@pytest.mark.parametrize("text", ["", "1-0-a", "0000000000001-0000-", "0000000000001-00g0-a",
                                  "0000000000001-0000-A B", "x" * 200])  # fmt: skip
def test_bad_stamps_are_refused(text: str) -> None:
    with pytest.raises(ClockError):
        Stamp.parse(text)


def test_the_clock_never_goes_back_when_the_wall_clock_does() -> None:
    now = FakeTime(1_000)
    clock = Clock("a", now=now)
    first = clock.tick()
    now.ms = 500  # the laptop's clock was set back
    second = clock.tick()
    assert second > first
    restarted = Clock("a", last=second, now=now)  # the last stamp is kept in the file
    assert restarted.tick() > second


def test_a_change_after_reading_another_is_later_even_with_a_slow_clock() -> None:
    fast, slow = Clock("a", now=FakeTime(10_000)), Clock("b", now=FakeTime(1_000))
    theirs = fast.tick()
    assert slow.receive(theirs)
    assert slow.tick() > theirs


def test_a_clock_far_ahead_is_not_followed() -> None:
    now = FakeTime(1_000)
    clock = Clock("a", now=now)
    far = Stamp(1_000 + MAX_DRIFT_MS + 1, 0, "b")
    assert not clock.receive(far)
    assert clock.tick().wall_ms == 1_000
    assert clock.receive(Stamp(1_000 + MAX_DRIFT_MS, 0, "b"))


def test_sixty_five_thousand_changes_in_one_millisecond_stay_ordered() -> None:
    clock = Clock("a", now=FakeTime(7))
    stamps = [clock.tick() for _ in range(70_000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from(["tick", "send"]),
                          st.integers(0, 50)), max_size=60))  # fmt: skip
def test_causality_over_three_laptops(steps: list[tuple[str, str, int]]) -> None:
    """Whatever the wall clocks do, a stamp issued after receiving another is later than it,
    and every laptop's stamps increase."""
    times = {name: FakeTime(1_000) for name in "abc"}
    clocks = {name: Clock(name, now=times[name]) for name in "abc"}
    last: dict[str, Stamp] = {}
    for name, action, jump in steps:
        times[name].ms += jump - 25  # clocks wander both ways
        stamp = clocks[name].tick()
        assert name not in last or stamp > last[name]
        last[name] = stamp
        if action == "send":
            for other in "abc":
                if other != name:
                    clocks[other].receive(stamp)
                    after = clocks[other].tick()
                    assert after > stamp
                    last[other] = after
