namespace Remedy.Cli.Simulation;

/// <summary>An alert label the simulation varies between incidents, so features and <c>when</c> conditions differ.</summary>
/// <param name="Key">The label.</param>
/// <param name="Values">The values it takes, drawn uniformly per incident.</param>
internal sealed record VariedLabel(string Key, IReadOnlyList<string> Values);
