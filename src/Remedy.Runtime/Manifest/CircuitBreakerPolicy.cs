namespace Remedy.Runtime.Manifest;

/// <summary><c>circuit_breaker { trip after 3 failures within 1h; cooldown 30m }</c>.</summary>
/// <param name="Failures">The number of failed runs that trips the breaker.</param>
/// <param name="Window">The window in which those failures must fall.</param>
/// <param name="Cooldown">How long the breaker stays open once tripped.</param>
public sealed record CircuitBreakerPolicy(int Failures, TimeSpan Window, TimeSpan Cooldown);
