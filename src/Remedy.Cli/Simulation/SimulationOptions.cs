namespace Remedy.Cli.Simulation;

/// <summary>What <c>remedy simulate</c> was asked for, beyond the workspace.</summary>
/// <param name="Simulation">The simulation's name, or null for the only one.</param>
/// <param name="Incidents">Overrides the declared number of incidents.</param>
/// <param name="Seed">Overrides the declared seed.</param>
/// <param name="StatePath">A store to keep the learned state in; in memory when null.</param>
internal sealed record SimulationOptions(string? Simulation, int? Incidents, int? Seed, string? StatePath);
