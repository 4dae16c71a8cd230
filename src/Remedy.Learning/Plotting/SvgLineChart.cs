using System.Globalization;
using System.Net;
using System.Text;

namespace Remedy.Learning.Plotting;

/// <summary>
/// A small, dependency-free SVG line chart for rates in [0, 1]: panels side by side and one shared legend. Written
/// here because plotting libraries bring native dependencies the tool should not carry.
/// </summary>
public static class SvgLineChart
{
    private const double PanelWidth = 360, PanelHeight = 240, Left = 48, Top = 36, Gap = 40, LegendColumn = 170, LegendRow = 18;
    private const int LegendColumns = 5;

    // Okabe–Ito colour-blind-safe colours (yellow darkened to read on white), grey and black, then three distinct
    // extras so that up to 12 series (the learning benchmark has 11) never share a colour.
    private static readonly string[] Palette = ["#999999", "#E69F00", "#56B4E9", "#009E73", "#C9B800", "#0072B2", "#D55E00", "#000000", "#CC79A7", "#7B3294", "#8C510A", "#01665E"];

    /// <summary>Renders the chart.</summary>
    /// <param name="panels">The panels, left to right.</param>
    /// <returns>The SVG document.</returns>
    public static string Render(IReadOnlyList<ChartPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        var names = panels.SelectMany(p => p.Series.Select(s => s.Name)).Distinct(StringComparer.Ordinal).ToList();
        var legendRows = (names.Count + LegendColumns - 1) / LegendColumns;
        var width = Left + (Math.Max(1, panels.Count) * (PanelWidth + Gap));
        var height = Top + PanelHeight + 48 + (legendRows * LegendRow) + 8;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        sb.Append(Inv($"<rect width=\"{width:0}\" height=\"{height:0}\" fill=\"white\"/>\n"));
        for (var p = 0; p < panels.Count; p++)
        {
            Panel(sb, panels[p], Left + (p * (PanelWidth + Gap)), Top, names);
        }

        for (var i = 0; i < names.Count; i++)
        {
            var x = Left + ((i % LegendColumns) * LegendColumn);
            var y = Top + PanelHeight + 48 + ((i / LegendColumns) * LegendRow);
            sb.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{y:0.#}\" x2=\"{x + 24:0.#}\" y2=\"{y:0.#}\" stroke=\"{Colour(i)}\" stroke-width=\"2.5\"/>"));
            sb.Append(Inv($"<text x=\"{x + 30:0.#}\" y=\"{y + 4:0.#}\">{Escape(names[i])}</text>\n"));
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>Writes the chart to a file (UTF-8, no BOM).</summary>
    /// <param name="panels">The panels.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(IReadOnlyList<ChartPanel> panels, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, Render(panels), new UTF8Encoding(false));
    }

    private static void Panel(StringBuilder sb, ChartPanel panel, double x0, double y0, List<string> names)
    {
        var n = Math.Max(1, panel.Series.Count == 0 ? 1 : panel.Series.Max(s => s.Values.Count));
        double X(int i) => x0 + (n <= 1 ? 0 : i * PanelWidth / (n - 1));
        double Y(double value) => y0 + ((1 - Math.Clamp(value, 0, 1)) * PanelHeight);

        sb.Append(Inv($"<text x=\"{x0:0.#}\" y=\"{y0 - 12:0.#}\" font-size=\"13\" font-weight=\"bold\">{Escape(panel.Title)}</text>\n"));
        sb.Append(Inv($"<rect x=\"{x0:0.#}\" y=\"{y0:0.#}\" width=\"{PanelWidth:0}\" height=\"{PanelHeight:0}\" fill=\"none\" stroke=\"#333\"/>\n"));
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            sb.Append(Inv($"<text x=\"{x0 - 6:0.#}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\">{tick:0.##}</text>"));
            sb.Append(Inv($"<line x1=\"{x0:0.#}\" y1=\"{Y(tick):0.#}\" x2=\"{x0 + PanelWidth:0.#}\" y2=\"{Y(tick):0.#}\" stroke=\"#eee\"/>\n"));
        }

        if (panel.ReferenceLine is { } reference)
        {
            sb.Append(Inv($"<line x1=\"{x0:0.#}\" y1=\"{Y(reference):0.#}\" x2=\"{x0 + PanelWidth:0.#}\" y2=\"{Y(reference):0.#}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n"));
        }

        foreach (var tick in new[] { 1, n / 4, n / 2, 3 * n / 4, n }.Where(t => t >= 1).Distinct())
        {
            sb.Append(Inv($"<text x=\"{X(tick - 1):0.#}\" y=\"{y0 + PanelHeight + 14:0.#}\" text-anchor=\"middle\">{tick}</text>\n"));
        }

        sb.Append(Inv($"<text x=\"{x0 + (PanelWidth / 2):0.#}\" y=\"{y0 + PanelHeight + 30:0.#}\" text-anchor=\"middle\">{Escape(panel.XLabel)}</text>\n"));
        foreach (var series in panel.Series.Where(s => s.Values.Count > 0))
        {
            var points = string.Join(" ", series.Values.Select((v, i) => Inv($"{X(i):0.#},{Y(v):0.#}")));
            sb.Append(Inv($"<polyline fill=\"none\" stroke=\"{Colour(names.IndexOf(series.Name))}\" stroke-width=\"1.6\" points=\"{points}\"><title>{Escape(series.Name)}</title></polyline>\n"));
        }
    }

    private static string Colour(int index) => Palette[index % Palette.Length];

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
