import datetime as dt

from dateline.timex import find_dates

PUBLISHED = dt.date(2016, 11, 3)  # a Thursday


def resolved(text: str) -> list[tuple[str, str, int]]:
    return [(d.text, d.date, d.precision) for d in find_dates(text, PUBLISHED)]


def test_weekdays_are_the_most_recent_on_or_before_publication() -> None:
    assert resolved("on Thursday") == [("Thursday", "2016-11-03", 1)]
    assert resolved("on Tuesday") == [("Tuesday", "2016-11-01", 1)]
    assert resolved("late on Wednesday") == [("late on Wednesday", "2016-11-02", 1)]
    assert resolved("last Thursday") == [("last Thursday", "2016-10-27", 1)]


def test_months_and_explicit_dates() -> None:
    assert resolved("late last month") == [("late last month", "2016-10", 3)]
    assert resolved("in June 2014") == [("June 2014", "2014-06", 3)]
    assert resolved("on Nov. 3, 2016") == [("Nov. 3, 2016", "2016-11-03", 1)]
    assert resolved("on 4 July 2015") == [("4 July 2015", "2015-07-04", 1)]
    assert resolved("on December 30") == [("December 30", "2015-12-30", 1)]
    assert resolved("yesterday") == [("yesterday", "2016-11-02", 1)]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert [d.date for d in find_dates("on Tuesday, March 4, 2025", None)] == ["2025-03-04"]


def test_next_weekday_and_periods_look_forward() -> None:
    assert resolved("next Tuesday") == [("next Tuesday", "2016-11-08", 1)]
    assert resolved("this coming Thursday") == [("this coming Thursday", "2016-11-10", 1)]
    assert resolved("tomorrow") == [("tomorrow", "2016-11-04", 1)]
    assert resolved("next month") == [("next month", "2016-12", 3)]
    assert resolved("last year") == [("last year", "2015", 3)]


def test_a_weekday_in_a_future_clause_is_the_next_one() -> None:
    assert resolved("he would appear in court on Monday") == [("Monday", "2016-11-07", 1)]
    assert resolved("the talks are due to resume on Friday") == [("Friday", "2016-11-04", 1)]
    assert resolved("the talks resumed on Monday") == [("Monday", "2016-10-31", 1)]
