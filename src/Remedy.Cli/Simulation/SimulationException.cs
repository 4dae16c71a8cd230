namespace Remedy.Cli.Simulation;

/// <summary>A simulation that cannot be set up or run as declared; the message is for the user.</summary>
internal sealed class SimulationException(string message) : Exception(message);
