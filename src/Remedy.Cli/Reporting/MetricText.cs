using System.Globalization;
using Remedy.Learning.Statistics;

namespace Remedy.Cli.Reporting;

/// <summary>How outcome metrics read in the tool's text reports (<c>remedy stats</c>, <c>remedy simulate</c>), so both say them alike.</summary>
internal static class MetricText
{
    /// <summary>A rate with its interval: <c>84.8% [81.4%–87.7%]</c>.</summary>
    public static string Rate(WilsonInterval interval) =>
        $"{Percent(interval.PointEstimate)} [{Percent(interval.Lower)}–{Percent(interval.Upper)}]";

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>A time to recover: <c>1h05m</c>, <c>4m33s</c>, <c>12.5s</c>, or <c>-</c> when there is none.</summary>
    public static string Duration(TimeSpan? value) => value is not { } d ? "-"
        : d.TotalHours >= 1 ? $"{(int)d.TotalHours}h{d.Minutes:00}m"
        : d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes}m{d.Seconds:00}s"
        : $"{d.TotalSeconds:0.#}s";
}
