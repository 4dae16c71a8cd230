namespace Remedy.Runtime.Manifest;

/// <summary>What the compiler proved about a playbook.</summary>
/// <param name="MaxTargets">The static upper bound of targets, or null when unknown (the runtime guard decides).</param>
/// <param name="WorstCaseDuration">Steps × retries + pauses + verify windows.</param>
public sealed record ComputedBounds(int? MaxTargets, TimeSpan WorstCaseDuration);
