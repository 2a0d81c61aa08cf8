"""The real data sets that ship with lstmviz: where each comes from, its licence, its columns.

The files are in ``resources/data/`` (found through :mod:`lstmviz.resources_path`), each
beside a ``NAME.LICENSE.txt`` with its source, licence and citation; nothing is downloaded.
This module only describes them: reading a file is the file-format layer's
(:mod:`lstmviz.io.series_table`), turning a table into windows is :mod:`lstmviz.model.series`.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec


@dataclass(frozen=True)
class BundledData:
    name: str  # as stored in a project's dataset spec: "airline-passengers"
    title: str  # tr_noop: translated where shown
    file: str  # in resources/data/
    rows: int  # data rows in the file (the tests check it)
    period: str  # tr_noop: "monthly, 1949-1960"
    licence: str  # short licence name, shown beside the title
    source: str  # who published it (not translated: names and titles)
    citation: str
    columns: tuple[str, ...]  # numeric columns, in file order
    label_column: str | None = None  # a text column whose values are class names
    date_column: str = ""  # the column that names each row on the plot's axis
    season: int | None = None  # rows per season, for the seasonal naive baseline

    @property
    def licence_file(self) -> str:
        return self.file.rsplit(".", 1)[0] + ".LICENSE.txt"


SEATTLE_FEATURES = 4  # precipitation, temp_max, temp_min, wind
SEATTLE_CLASSES = ("drizzle", "fog", "rain", "snow", "sun")

BUNDLED: dict[str, BundledData] = {
    b.name: b
    for b in (
        BundledData(
            "airline-passengers", tr_noop("Airline passengers"), "airline-passengers.csv", 144,
            tr_noop("monthly, 1949-1960"), "BSD-3-Clause (sktime); published data",
            "Box, Jenkins & Reinsel, Series G (via sktime)",
            "Box, G. E. P., Jenkins, G. M. and Reinsel, G. C. (1976) Time Series Analysis, Forecasting and "
            "Control. Third Edition. Holden-Day. Series G.",
            ("Passengers",), date_column="Date", season=12,
        ),
        BundledData(
            "sunspots", tr_noop("Sunspots"), "sunspots.csv", 309,
            tr_noop("yearly, 1700-2008"), "public domain",
            "NOAA National Geophysical Data Center (via statsmodels)",
            "NOAA National Geophysical Data Center, yearly sunspot numbers 1700-2008, as distributed with "
            "statsmodels.",
            ("SUNACTIVITY",), date_column="YEAR",
        ),
        BundledData(
            "seattle-weather", tr_noop("Seattle weather"), "seattle-weather.csv", 1461,
            tr_noop("daily, 2012-2015"), "public domain (NOAA); MIT (vega-datasets)",
            "NOAA (via vega-datasets)",
            "NOAA daily records for Seattle, 2012-2015, as distributed with vega-datasets.",
            ("precipitation", "temp_max", "temp_min", "wind"), label_column="weather", date_column="date",
        ),
    )
}


def bundled(name: str) -> BundledData:
    try:
        return BUNDLED[name]
    except KeyError:
        raise DatasetError(tr("no bundled data set named {name!r}; the data sets are {names}").format(
            name=name, names=", ".join(BUNDLED))) from None


def bundled_short(data: BundledData) -> str:
    """Its title and licence in one short line, for the data field."""
    return tr("{title}; licence: {licence}").format(title=tr(data.title), licence=data.licence)


def bundled_caption(data: BundledData) -> str:
    """One line for the data chooser and ``lstmviz summary``: title, period, size and licence."""
    return tr("{title} ({period}, {rows} rows; licence: {licence}; source: {source})").format(
        title=tr(data.title), period=tr(data.period), rows=f"{data.rows:,}", licence=data.licence,
        source=data.source)


# What the data chooser lists: each bundled data set with the task the examples give it.
BUNDLED_CHOICES: dict[str, DatasetSpec] = {
    tr_noop("Real data: airline passengers (forecast)"): DatasetSpec(
        "series", bundled="airline-passengers", time_steps=12, validation_fraction=0.1, test_fraction=1 / 6),
    tr_noop("Real data: sunspots (forecast)"): DatasetSpec(
        "series", bundled="sunspots", time_steps=12, validation_fraction=0.1, test_fraction=0.2),
    tr_noop("Real data: Seattle maximum temperature (forecast)"): DatasetSpec(
        "series", bundled="seattle-weather", time_steps=7, target_columns=("temp_max",), validation_fraction=0.1,
        test_fraction=0.2),
    tr_noop("Real data: Seattle weather label (classification)"): DatasetSpec(
        "series", bundled="seattle-weather", time_steps=7, target_columns=("weather",), task="classification",
        validation_fraction=0.1, test_fraction=0.2),
}
