namespace Remedy.Runtime.Manifest;

/// <summary><c>rate_limit 5 per 1h</c>: how many runs of a playbook may mutate anything in a window.</summary>
/// <param name="Count">The most acting runs per window.</param>
/// <param name="Window">The sliding window.</param>
public sealed record RateLimitPolicy(int Count, TimeSpan Window);
