namespace Remedy.Learning.Plotting;

/// <summary>One line of a chart: y values at x = 1, 2, ... n.</summary>
/// <param name="Name">The legend entry; series with the same name share a colour across panels.</param>
/// <param name="Values">The y values, expected in [0, 1] (rates and accuracies).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
