namespace Remedy.Learning.Promotion;

/// <summary>The new state after an event, and the level change it caused, if any.</summary>
/// <param name="State">The new state to persist.</param>
/// <param name="Transition">The change to write to the audit log; <see langword="null"/> when the level stayed.</param>
public sealed record AutonomyStep(AutonomyState State, AutonomyTransition? Transition);
