"""The bar charts on /cijfers/ draw what the numbers say (charts.py and _bar_chart.html).

Bars on one scale are proportional to their values; a range is drawn from its low to its
high value; every bar, label and value lies inside the chart's box. Text widths are
measured with DejaVu Sans, the widest font of the site's font stack that CI installs.
"""

from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st

from steunwijzer.content.charts import MIN_VISIBLE, BarChart, bar_chart
from steunwijzer.content.models import Figure

FONT_SIZE = 14  # site.css: .chart-label and .chart-value
FONTS = "/usr/share/fonts/truetype/dejavu/"


@dataclass(frozen=True)
class Number:
    value: str
    low: float
    high: float | None = None
    slug: str = "getal"
    label: str = "Een getal"


@cache
def _font(bold: bool) -> tuple[dict, object, int]:
    font = TTFont(FONTS + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))
    return font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm


def text_width(text: str, *, bold: bool = False) -> float:
    """The width of `text` at the charts' font size, from the font's own metrics."""
    cmap, metrics, units = _font(bold)
    return sum(metrics[cmap[ord(char)]][0] for char in text) * FONT_SIZE / units


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.1  # charts.py rounds to one decimal


def test_bars_on_one_scale_are_proportional_to_their_values():
    chart = bar_chart(figures=[Number("100", 100), Number("50", 50), Number("25", 25)])
    assert [bar.solid for bar in chart.bars] == [
        chart.plot_width,
        chart.plot_width / 2,
        chart.plot_width / 4,
    ]


def test_a_maximum_sets_the_scale_so_a_percentage_is_that_share_of_the_plot():
    chart = bar_chart(figures=[Number("75%", 75), Number("40%", 40)], maximum=100)
    assert close(chart.bars[0].solid, 0.75 * chart.plot_width)
    assert close(chart.bars[1].solid, 0.40 * chart.plot_width)


def test_a_range_is_drawn_from_its_low_to_its_high_value():
    chart = bar_chart(figures=[Number("22–26", 22, 26), Number("12", 12)])
    ranged, single = chart.bars
    assert close(ranged.solid, 22 / 26 * chart.plot_width)
    assert close(ranged.solid + ranged.range, chart.plot_width)
    assert close(single.solid, 12 / 26 * chart.plot_width) and single.range == 0
    assert ranged.text_x > chart.plot_x + ranged.solid + ranged.range  # value after the bar


def test_a_tiny_value_stays_visible():
    chart = bar_chart(figures=[Number("1", 1), Number("100.000", 100_000)])
    assert chart.bars[0].solid == MIN_VISIBLE


def assert_inside_the_box(chart: BarChart) -> None:
    assert chart.bars, "no bars"
    for index, bar in enumerate(chart.bars):
        assert bar.label_y - FONT_SIZE >= 0, "label above the box"
        assert bar.y >= 0 and bar.y + chart.bar_height <= chart.height, "bar outside the box"
        assert bar.solid >= MIN_VISIBLE and bar.range >= 0
        assert bar.solid + bar.range <= chart.plot_width + 0.1, "bar beyond the plot"
        assert bar.y < bar.value_y <= bar.y + chart.bar_height, "value not beside its bar"
        assert bar.value_y <= chart.height
        if index:
            above = chart.bars[index - 1]
            assert above.y + chart.bar_height <= bar.label_y - FONT_SIZE, "rows overlap"


numbers = st.floats(min_value=0.01, max_value=1e7, allow_nan=False)


@st.composite
def figures(draw) -> Number:
    low = draw(numbers)
    high = draw(st.none() | st.floats(min_value=low, max_value=max(low, 1e7)))
    return Number(f"{low:g}", low, high)


@given(st.lists(figures(), min_size=1, max_size=8), st.none() | st.just(100.0))
def test_any_figures_give_bars_inside_the_box_on_one_scale(chosen, maximum):
    chart = bar_chart(figures=chosen, maximum=maximum)
    assert_inside_the_box(chart)
    top = max([maximum or 0, *(f.high or f.low for f in chosen)])
    for figure, bar in zip(chosen, chart.bars, strict=True):
        assert close(bar.solid, max(MIN_VISIBLE, figure.low / top * chart.plot_width))
        end = (figure.high or figure.low) / top * chart.plot_width
        assert close(bar.solid + bar.range, max(bar.solid, end))


class Drawing(HTMLParser):
    """The charts of a page as drawn: per SVG its width and, per bar, its shapes and texts."""

    def __init__(self):
        super().__init__()
        self.charts: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg":
            width = float(attrs["viewbox"].split()[2])
            self.charts.append({"width": width, "bars": []})
        elif tag == "g" and self.charts:
            self.charts[-1]["bars"].append({"texts": []})
        elif tag == "rect":
            bar = self.charts[-1]["bars"][-1]
            bar[attrs["class"]] = (float(attrs["x"]), float(attrs["width"]))
        elif tag == "text":
            self.charts[-1]["bars"][-1]["texts"].append([attrs["class"], float(attrs["x"]), ""])

    def handle_data(self, data):
        bars = self.charts[-1]["bars"] if self.charts else []
        if bars and bars[-1]["texts"] and not bars[-1]["texts"][-1][2]:
            bars[-1]["texts"][-1][2] = data


@pytest.fixture
def drawn(client, site_content) -> dict[str, list[dict]]:
    drawing = Drawing()
    html = client.get("/cijfers/").content.decode()
    drawing.feed(html.split("<main", 1)[1])  # the charts; the header's wordmark is an SVG too
    counts, shares = drawing.charts
    return {"aantallen": counts, "percentages": shares}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["aantallen", "percentages"])
def test_the_page_draws_each_figure_to_scale_and_inside_the_box(drawn, kind):
    chart = drawn[kind]
    shown = [f for f in Figure.objects.published() if f.chart == kind]
    assert len(chart["bars"]) == len(shown) >= 3
    # One scale (pixels per unit) for every bar of the chart, taken from its longest bar.
    longest = max(zip(shown, chart["bars"], strict=True), key=lambda pair: pair[0].low)
    scale = longest[1]["chart-bar"][1] / longest[0].low
    top = 100 if kind == "percentages" else max(f.high or f.low for f in shown)
    assert top * scale <= chart["width"], "the scale's top lies outside the box"
    for figure, bar in zip(shown, chart["bars"], strict=True):
        x, solid = bar["chart-bar"]
        assert x == 0 and abs(solid - figure.low * scale) <= 0.2, figure.slug
        if figure.high:
            start, width = bar["chart-range"]
            assert start == solid, f"{figure.slug}: the range starts where the solid bar ends"
            assert abs(start + width - figure.high * scale) <= 0.2, figure.slug
        else:
            assert "chart-range" not in bar, figure.slug
        for kind_of_text, text_x, text in bar["texts"]:
            bold = kind_of_text == "chart-value"
            assert text_x + text_width(text, bold=bold) <= chart["width"], (figure.slug, text)
