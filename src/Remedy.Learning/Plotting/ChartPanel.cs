namespace Remedy.Learning.Plotting;

/// <summary>One panel of a chart: a y range of [0, 1], x from 1 to the longest series.</summary>
/// <param name="Title">Shown above the panel.</param>
/// <param name="XLabel">Shown below the x axis.</param>
/// <param name="Series">The lines.</param>
/// <param name="ReferenceLine">A dashed horizontal line (e.g. the 0.9 accuracy target), or none.</param>
public sealed record ChartPanel(string Title, string XLabel, IReadOnlyList<ChartSeries> Series, double? ReferenceLine = null);
