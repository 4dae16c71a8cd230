using System.Xml.Linq;
using Remedy.Learning.Plotting;

namespace Remedy.Learning.Tests.Plotting;

public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Draws_one_polyline_per_series_and_one_legend_entry_per_name()
    {
        ChartPanel[] panels =
        [
            new("easy", "incident", [new("thompson", [0.2, 0.6, 1.0]), new("random <baseline>", [0.3, 0.3, 0.3])], 0.9),
            new("hard", "incident", [new("thompson", [0.1, 0.4])]),
        ];

        var svg = XDocument.Parse(SvgLineChart.Render(panels));

        Assert.Equal(3, svg.Descendants(Svg + "polyline").Count());
        Assert.Equal(["easy", "hard", "thompson", "random <baseline>"], svg.Descendants(Svg + "text").Select(t => t.Value).Where(v => v is "easy" or "hard" or "thompson" or "random <baseline>"));
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("stroke-dasharray") == "4 3");
    }

    [Fact]
    public void A_series_keeps_its_colour_across_panels_and_values_map_onto_the_panel()
    {
        ChartPanel[] panels =
        [
            new("a", "x", [new("p", [0.0, 1.0]), new("q", [0.5, 0.5])]),
            new("b", "x", [new("q", [0.5, 0.5])]),
        ];

        var lines = XDocument.Parse(SvgLineChart.Render(panels)).Descendants(Svg + "polyline").ToArray();

        Assert.Equal((string?)lines[1].Attribute("stroke"), (string?)lines[2].Attribute("stroke"));
        Assert.NotEqual((string?)lines[0].Attribute("stroke"), (string?)lines[1].Attribute("stroke"));
        // y = 0 at the panel's bottom (36 + 240), y = 1 at its top (36); x spans the 360-wide panel from 48.
        Assert.Equal("48,276 408,36", (string?)lines[0].Attribute("points"));
    }

    [Fact]
    public void Twelve_series_all_get_different_colours()
    {
        var series = Enumerable.Range(0, 12).Select(i => new ChartSeries($"s{i}", [0.5, 0.6])).ToArray();

        var lines = XDocument.Parse(SvgLineChart.Render([new ChartPanel("a", "x", series)])).Descendants(Svg + "polyline");

        Assert.Equal(12, lines.Select(l => (string?)l.Attribute("stroke")).Distinct().Count());
    }
}
