"""The hybrid logical clock that orders changes between laptops (DESIGN: working as a team).

A stamp is (wall time in milliseconds, a counter, the laptop's id). Every change a laptop makes
gets a stamp from its clock; a laptop that reads another's changes moves its clock past theirs.
So a change made after reading another is always later than it, even when the two laptops'
clocks disagree by minutes, and two changes are never equal: the laptop id breaks the tie the
same way on every laptop. Stamps are written as fixed-width text that sorts in clock order, so
SQLite can compare them with ``max()`` and ``ORDER BY``.

Kulkarni et al., "Logical Physical Clocks" (2014); the same scheme as Actual Budget's CRDT
messages.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP, Coded

# A laptop whose clock is more than a day ahead must not drag every other laptop's clock with
# it: its stamps are kept (they still win where they are later) but do not move ours.
MAX_DRIFT_MS = 24 * 3600 * 1000
_MAX_COUNTER = 0xFFFF
_STAMP = re.compile(r"^(\d{13})-([0-9a-f]{4})-([0-9a-z-]{1,64})$")


class ClockError(Coded, ValueError):
    """A stamp that cannot be read, or a clock that cannot move on."""


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    laptop: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.laptop}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _STAMP.match(text)
        if match is None:
            raise ClockError(
                QT_TRANSLATE_NOOP("Fout", "ongeldige klokstempel {text!r}"), text=text[:80]
            )
        return cls(int(match[1]), int(match[2], 16), match[3])


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """One laptop's clock. ``last`` is the latest stamp it has issued or seen (kept in the file,
    so the clock never goes back when the laptop's own clock does)."""

    def __init__(
        self, laptop: str, last: Stamp | None = None, now: Callable[[], int] = _now_ms
    ) -> None:
        if not re.fullmatch(r"[0-9a-z-]{1,64}", laptop):
            raise ClockError(
                QT_TRANSLATE_NOOP("Fout", "ongeldige laptop-id {laptop!r}"), laptop=laptop
            )
        self.laptop = laptop
        self._now = now
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    @property
    def last(self) -> Stamp:
        return Stamp(self._wall, self._counter, self.laptop)

    def tick(self) -> Stamp:
        """The stamp for a change made here, now."""
        now = self._now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._bump()
        return self.last

    def receive(self, remote: Stamp) -> bool:
        """Move past a stamp read from another laptop. False when its wall time lies more than
        :data:`MAX_DRIFT_MS` ahead of ours: then it is not followed."""
        now = self._now()
        if remote.wall_ms > now + MAX_DRIFT_MS:
            return False
        wall = max(self._wall, remote.wall_ms, now)
        if wall == self._wall == remote.wall_ms:
            self._counter = max(self._counter, remote.counter)
            self._bump()
        elif wall == self._wall:
            self._bump()
        elif wall == remote.wall_ms:
            self._wall, self._counter = wall, remote.counter
            self._bump()
        else:
            self._wall, self._counter = wall, 0
        return True

    def _bump(self) -> None:
        if self._counter >= _MAX_COUNTER:  # 65,536 changes in one millisecond: take the next
            self._wall += 1
            self._counter = 0
        else:
            self._counter += 1
