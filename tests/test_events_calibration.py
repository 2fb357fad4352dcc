"""The confidence table maps raw scores to precision monotonically; the fit pools violators."""

from dateline.events.calibration import TABLE, calibrate, isotonic


def test_calibration_is_monotone_and_bounded() -> None:
    values = [calibrate(x / 100) for x in range(0, 101)]
    assert values == sorted(values)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert TABLE and calibrate(0.0) == round(TABLE[0][1], 2)


def test_isotonic_pools_adjacent_violators() -> None:
    points = [(0.1, False)] * 20 + [(0.5, True)] * 15 + [(0.5, False)] * 5 + [(0.9, True)] * 20
    fitted = isotonic(points, bins=3, prior=0.0)
    assert [y for _, y in fitted] == sorted(y for _, y in fitted)
    assert fitted[0][1] == 0.0 and fitted[-1][1] == 1.0
