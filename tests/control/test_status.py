"""A criterion's status from its actual values, and the control rules that report it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procedit.control import Status, judge, parse_period, target_of
from procedit.control.periods import PeriodError, due_period
from procedit.model import (
    CheckLevel,
    CorrectiveAction,
    Criterion,
    Measurement,
    Person,
    Process,
    ProcessMap,
    Project,
    ValidationConfig,
)
from procedit.validation import validate

TODAY = dt.date(2026, 12, 20)
NUMBERS = {
    "criterion_missed",
    "criterion_missed_running",
    "criterion_stale",
    "target_unreadable",
    "action_overdue",
}  # November's numbers are due (grace: 15 days)


def _crit(
    target: str, *values: float | None, start: int = 6, period: str = "месяц", warning=None
) -> Criterion:
    t = target_of(target)
    if warning is not None:
        t = t.with_(warning=warning)
    actuals = tuple(Measurement(period=f"2026-{start + i:02d}", value=v) for i, v in enumerate(values))
    return Criterion(id="crit_1", name="Лиды", target=t, unit="шт", period=period, actuals=actuals)


def _project(*criteria: Criterion, actions=(), params=None) -> Project:
    proc = Process(
        id="proc_1", code="П-1", name="Продажи", owner_id="person_a", criteria=criteria, actions=actions
    )
    return Project(
        people=(Person(id="person_a", name="Анна"),),
        maps=(ProcessMap(id="map_1", name="Карта", processes=(proc,), check_level=CheckLevel.REGULATION),),
        validation=ValidationConfig(params=params or {}),
    )


def _control(project: Project, today: dt.date = TODAY) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in validate(project, today=today) if f.rule in NUMBERS]


def _found(project: Project):
    return [f for f in validate(project, today=TODAY) if f.rule in NUMBERS]


# ------------------------------------------------------------------ statuses
def test_met_raises_nothing():
    c = _crit("≥ 100", 90, 105, 100, 120, 130, 101)
    assert judge(c, TODAY).status == Status.MET
    assert _control(_project(c)) == []


def test_missed_once_is_a_warning_naming_target_and_actual():
    c = _crit("≥ 100", 120, 130, 110, 105, 101, 96)
    j = judge(c, TODAY)
    assert (j.status, j.missed_running, j.trend, j.improving) == (Status.MISSED, 1, "down", False)
    [f] = _found(_project(c))
    assert (f.rule, f.severity.value) == ("criterion_missed", "warning")
    msg = f.message("ru")
    assert (
        "«Лиды»" in msg
        and "«П-1 Продажи»" in msg
        and "2026-11" in msg
        and "96 шт" in msg
        and "≥ 100 шт" in msg
    )


def test_missed_n_running_is_an_error_listing_the_values_and_n_is_a_parameter():
    c = _crit("≤ 5", 4, 5, 6, 7, 8, 9)
    assert judge(c, TODAY).missed_running == 4
    assert _control(_project(c)) == [("criterion_missed_running", "error")]
    [f] = _found(_project(c))
    assert "2026-08: 6 шт; 2026-09: 7 шт; 2026-10: 8 шт; 2026-11: 9 шт" in f.message("ru")
    assert _control(_project(c, params={"missed_periods_running": 5})) == [("criterion_missed", "warning")]


def test_warning_threshold_lies_between_target_and_failure():
    assert judge(_crit("≥ 100", 95, warning=90, start=11), TODAY).status == Status.WARNING
    assert judge(_crit("≥ 100", 89, warning=90, start=11), TODAY).status == Status.MISSED
    assert judge(_crit("≤ 2", 2.5, warning=3, start=11), TODAY).status == Status.WARNING
    assert judge(_crit("≤ 2", 3.5, warning=3, start=11), TODAY).status == Status.MISSED
    assert _control(_project(_crit("≥ 100", 95, warning=90, start=11))) == []


def test_between_and_yes_no():
    assert judge(_crit("5–10", 7, start=11), TODAY).status == Status.MET
    assert judge(_crit("5–10", 11, start=11), TODAY).status == Status.MISSED
    assert judge(_crit("да", 1, start=11), TODAY).status == Status.MET
    assert judge(_crit("да", 0, start=11), TODAY).status == Status.MISSED


def test_no_data_raises_nothing():
    c = _crit("≥ 100")
    assert judge(c, TODAY).status == Status.NO_DATA
    assert judge(_crit("≥ 100", None, start=11), TODAY).status == Status.NO_DATA  # an empty value is no value
    assert _control(_project(c)) == []


def test_stale_when_the_last_period_due_has_no_value():
    c = _crit("≥ 100", 120, 130, start=8)  # August, September; November is due
    j = judge(c, TODAY)
    assert (j.status, j.due.text, j.last.period.text) == (Status.STALE, "2026-11", "2026-09")
    assert _control(_project(c)) == [("criterion_stale", "warning")]
    [f] = _found(_project(c))
    ru, en = f.message("ru"), f.message("en")
    # the finding names the process, the criterion, the periods, the target and the latest actual
    assert all(
        s in ru for s in ("«Лиды»", "«П-1 Продажи»", "2026-11", "2026-09", "факт 130 шт", "цель ≥ 100 шт")
    )
    assert all(s in en for s in ("“Лиды”", "2026-11", "2026-09", "actual 130 шт", "target ≥ 100 шт"))
    # early in December, November's numbers are not due yet: October is
    assert judge(_crit("≥ 100", 1, 120, start=9), dt.date(2026, 12, 4)).status == Status.MET
    quarterly = _crit("≥ 100", period="квартал")
    quarterly = quarterly.with_(actuals=(Measurement(period="2026-Q2", value=120),))
    assert judge(quarterly, TODAY).status == Status.STALE  # Q3 is due


def test_unreadable_target_is_reported_with_its_text():
    c = _crit("как можно больше", 3, start=11)
    assert judge(c, TODAY).status == Status.NO_TARGET
    [f] = _found(_project(c))
    assert f.rule == "target_unreadable" and "«как можно больше»" in f.message("ru")


def test_overdue_open_actions_are_findings_done_ones_are_not():
    late = CorrectiveAction(what="Новый лендинг", due=dt.date(2026, 12, 1))
    done = late.with_(id="act_2", status="done")
    later = late.with_(id="act_3", due=dt.date(2027, 1, 1))
    found = [
        f for f in validate(_project(actions=(late, done, later)), today=TODAY) if f.rule == "action_overdue"
    ]
    assert [dict(f.params)["action"] for f in found] == ["Новый лендинг"]
    assert "2026-12-01" in found[0].message("en")


def test_control_rules_can_be_switched_off_like_the_others():
    c = _crit("≤ 5", 4, 5, 6, 7, 8, 9)
    project = _project(c).with_(
        validation=ValidationConfig(rules={"criterion_missed_running": {"enabled": False}})
    )
    # the running rule off: the miss is still reported, by the other rule
    assert _control(project) == [("criterion_missed", "warning")]


# ------------------------------------------------------------------ periods
@pytest.mark.parametrize(
    "text, canonical",
    [
        ("2026-10", "2026-10"),
        ("2026-1", "2026-01"),
        ("10.2026", "2026-10"),
        ("2026-10-01", "2026-10"),
        # a date as a Russian spreadsheet writes it into a CSV, and a date with its time
        ("01.10.2026", "2026-10"),
        ("31.10.2026", "2026-10"),
        ("2026-10-01 00:00:00", "2026-10"),
        ("2026-10-15 12:30:00", "2026-10"),
        ("2026-Q3", "2026-Q3"),
        ("2026 q3", "2026-Q3"),
        ("Q3 2026", "2026-Q3"),
        ("2026-W41", "2026-W41"),
        ("2026", "2026"),
    ],
)
def test_periods_are_read_and_written_canonically(text, canonical):
    assert parse_period(text).text == canonical


@pytest.mark.parametrize(
    "text",
    [
        "",
        "октябрь",
        "2026-13",
        "2026-Q5",
        "2021-W53",
        "20261",
        "32.10.2026",
        "01.13.2026",
        "0026-10-01",
        "01.10.0026",
    ],
)
def test_what_is_not_a_period_is_refused(text):
    with pytest.raises(PeriodError):
        parse_period(text)


def test_periods_order_by_their_end_and_the_due_one_follows_the_grace():
    assert parse_period("2026-09") < parse_period("2026-Q3") < parse_period("2026-10") < parse_period("2026")
    assert due_period("month", dt.date(2026, 12, 15)).text == "2026-11"
    assert due_period("month", dt.date(2026, 12, 14)).text == "2026-10"
    assert due_period("week", dt.date(2026, 12, 20), grace_days=0).text == "2026-W51"


# ------------------------------------------------------------------ order independence
_values = st.lists(
    st.tuples(st.integers(1, 12), st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(
    values=_values, target=st.sampled_from(["≥ 100", "≤ 5", "5–10", "да", "= 3", "хорошо"]), data=st.data()
)
def test_status_never_depends_on_the_order_of_the_actuals(values, target, data):
    actuals = [Measurement(period=f"2026-{m:02d}", value=v) for m, v in values]
    shuffled = data.draw(st.permutations(actuals))
    a = Criterion(id="c", target=target_of(target), period="месяц", actuals=tuple(actuals))
    b = a.with_(actuals=tuple(shuffled))
    assert judge(a, TODAY) == judge(b, TODAY)


def test_a_judgement_is_kept_for_the_same_criterion_and_day_and_shared_with_the_validator():
    """The validator's control rules and the Criteria dock (kpi rows) judge a criterion once a
    day: the dock opened on a validated map reuses the validator's judgements."""
    from procedit.commands import Document
    from procedit.control import judged, status
    from procedit.control.report import kpi_rows
    from procedit.model import MapKind
    from procedit.validation import LiveValidator

    day = dt.date(2026, 12, 5)
    c = Criterion(
        id="crit_x",
        name="Лиды",
        target=target_of("≥ 100"),
        period="месяц",
        actuals=(Measurement(period="2026-10", value=90), Measurement(period="2026-11", value=95)),
    )
    first = judged(c, day, 15)
    assert judged(c, day, 15) is first and first == judge(c, day, 15)
    assert judged(c, day + dt.timedelta(days=1), 15) is not first  # another day: judged again
    assert judged(c, day, 20).due == judge(c, day, 20).due  # another grace period: its own
    edited = c.with_(actuals=(*c.actuals[:-1], Measurement(period="2026-11", value=120)))
    assert judged(edited, day, 15).status == Status.MET  # an edited criterion is a new object

    fresh = c.with_(id="crit_y")  # never judged yet
    p = Process(id="proc_1", code="М-1", name="Лиды", criteria=(fresh,))
    project = Project(
        name="x", maps=(ProcessMap(id="map_1", name="Карта", kind=MapKind.TO_BE, processes=(p,)),)
    )
    doc = Document(project)
    crit = doc.get("proc_1").criteria[0]
    assert id(crit) not in status._judgements
    LiveValidator(doc).findings_for("map_1")  # the window validates the map it opens
    by_validator = status._judgements[id(crit)][2]
    row = kpi_rows(doc.header.with_(maps=(doc.map("map_1"),)), "map_1", dt.date.today())[0]
    assert row.criterion is crit and row.judgement is by_validator


def test_a_kept_judgement_goes_with_its_criterion():
    """A closed or replaced project's judgements are not kept alive by the cache (each holds
    the criterion's values in period order, ~40 objects per criterion)."""
    import gc
    import weakref

    from procedit.control import judged

    c = Criterion(
        id="crit_gone",
        target=target_of("≥ 100"),
        period="месяц",
        actuals=(Measurement(period="2026-10", value=90),),
    )
    kept = weakref.ref(judged(c, dt.date(2026, 12, 5), 15))
    gc.collect()
    assert kept() is not None  # kept while the criterion lives
    del c
    gc.collect()
    assert kept() is None


@pytest.mark.parametrize(
    "misses, ru", [(2, "2 периода подряд"), (5, "5 периодов подряд"), (11, "11 периодов подряд")]
)
def test_a_planned_action_says_how_many_periods_ran_missed_in_good_russian(misses, ru):
    from procedit.control.report import plan_action

    c = _crit("≥ 100", *([50] * misses), start=1)
    action = plan_action(_project(c).maps[0].processes[0], c, judge(c, TODAY), "ru", TODAY)
    assert action.why.endswith(f"({ru})"), action.why
    action = plan_action(_project(c).maps[0].processes[0], c, judge(c, TODAY), "en", TODAY)
    assert action.why.endswith(f"({misses} periods running)"), action.why
