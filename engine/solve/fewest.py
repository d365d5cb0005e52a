"""The fewest data-parallel ranks per row of a sweep, and the phase with the least room.

`excess(values, dp, shape)` is the most any phase exceeds its capacity per row at `dp` ranks (a number,
or one per row). Memory at dp ranks is A + B / dp in most rules: from the excess at dp = 2 and 4 each
row's answer is guessed, then confirmed at the answer and the rank below; rows of another shape (hybrid
sharding, runtime buffers at dp > 1) are bisected, over those rows alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from engine.limits import MAX_DP

Excess = Callable[[Mapping[str, Any], Any, tuple[int, ...]], Any]


def fewest_dp(excess: Excess, values: Mapping[str, Any], shape: tuple[int, ...], f1: Any = None) -> Any:
    """Per row, the fewest data-parallel ranks that fit (0 when none do); `f1`: the excess at one rank
    when the caller has it. Each degree tried for every row is one number."""
    import numpy as np

    f1 = excess(values, np.float64(1), shape) if f1 is None else f1
    f2, f4 = (excess(values, np.float64(k), shape) for k in (2, 4))
    slope = (f2 - f4) * 4  # B in A + B / dp, from dp = 2 and 4
    floor = f2 - slope / 2  # A (less the capacity)
    with np.errstate(divide="ignore", invalid="ignore"):
        guess = np.where(floor < 0, np.ceil(slope / -floor), np.inf)
    guess = np.clip(np.nan_to_num(guess, nan=np.inf, posinf=MAX_DP + 1), 2, MAX_DP + 1)
    answer = np.where(f1 <= 0, 1, guess)
    good = answer == 1
    check = ~good & (answer <= MAX_DP)  # the guesses to confirm: fits there, not one rank fewer
    if check.any():
        rows = _subset(values, check)
        at = answer[check]
        fits, below = (excess(rows, d, at.shape) <= 0 for d in (at, np.maximum(at - 1, 1)))
        good[check] = fits & ~below
    if not good.all():  # not of the A + B / dp shape (hybrid sharding, runtime buffers at dp > 1)
        answer = np.where(good, answer, bisect(excess, values, ~good))
    return np.where(answer > MAX_DP, 0, answer)


def bisect(excess: Excess, values: Mapping[str, Any], rows: Any) -> Any:
    """The fewest data-parallel ranks of the `rows` (a mask) by bisection over those rows alone; a row
    that does not fit at the most ranks gets none (memory does not grow with dp beyond it)."""
    import numpy as np

    out = np.zeros(rows.shape)
    count = int(rows.sum())
    # at the most ranks (one number): over every row when most rows are asked (their part is kept)
    whole = count > rows.size // 4
    subset = values if whole else _subset(values, rows)
    ok_high = excess(subset, np.float64(MAX_DP), rows.shape if whole else (count,)) <= 0
    ok_high = ok_high[rows] if whole else ok_high
    if not ok_high.any():
        out[rows] = MAX_DP + 1
        return out
    subset = _subset(values, rows) if whole else subset
    alive = np.flatnonzero(ok_high)  # the rows some dp fits: bisect them
    subset = _subset(subset, alive, (count,))
    low, high = np.ones(len(alive)), np.full(len(alive), float(MAX_DP))
    ok_low = excess(subset, np.float64(1), low.shape) <= 0
    for _ in range(26):
        middle = np.floor((low + high) / 2)
        ok = excess(subset, middle, middle.shape) <= 0
        high = np.where(ok, middle, high)
        low = np.where(ok, low, middle)
    found = np.full(count, MAX_DP + 1.0)
    found[alive] = np.where(ok_low, 1, high)
    out[rows] = found
    return out


def _subset(values: Mapping[str, Any], rows: Any, shape: tuple[int, ...] | None = None) -> dict[str, Any]:
    """`values` at `rows` (a mask, or indices into arrays of `shape`): per-row arrays cut, numbers kept."""
    import numpy as np

    shape = rows.shape if shape is None else shape
    return {k: v[rows] if np.ndim(v) and np.shape(v) == shape else v for k, v in values.items()}


def least_room(amounts: list[Any], capacities: list[Any], shape: tuple[int, ...]) -> tuple[Any, ...]:
    """Per row: which phase has the least room (the first on ties, as argmax), the most any phase exceeds
    its capacity (NaN where a room is), whether every phase fits, and the binding phase's amount and
    capacity. One pass per phase over the rows (stacking every phase and taking argmax along it cost
    more than the plan); rows with a NaN room are counted as argmax counts them (the first NaN)."""
    import numpy as np

    rooms = [amount - capacity for amount, capacity in zip(amounts, capacities, strict=True)]
    if any(np.size(room) and np.isnan(np.min(room)) for room in rooms):
        stacked = np.vstack([np.broadcast_to(room, shape) for room in rooms])
        binding = stacked.argmax(axis=0)
        pick = np.arange(binding.size)
        every = np.vstack([np.broadcast_to(a, shape) for a in amounts])
        limits = np.vstack([np.broadcast_to(c, shape) for c in capacities])
        fits = (every <= limits).all(axis=0)
        return binding, stacked.max(axis=0), fits, every[binding, pick], limits[binding, pick]
    binding = np.zeros(shape, dtype=np.intp)
    most = np.array(np.broadcast_to(rooms[0], shape), dtype=float)
    peak = np.array(np.broadcast_to(amounts[0], shape), dtype=float)
    same = all(np.ndim(c) == 0 and c == capacities[0] for c in capacities)  # one capacity for every phase
    capacity = np.broadcast_to(capacities[0], shape)  # one value: broadcast, not copied per row
    capacity = capacity if same else np.array(capacity, dtype=float)
    for i in range(1, len(rooms)):
        worse = rooms[i] > most
        np.copyto(binding, i, where=worse)
        np.copyto(peak, amounts[i], where=worse)
        if not same:
            np.copyto(capacity, capacities[i], where=worse)
        np.maximum(most, rooms[i], out=most)
    return binding, most, most <= 0, peak, capacity  # no NaN room: a - c <= 0 exactly when a <= c
