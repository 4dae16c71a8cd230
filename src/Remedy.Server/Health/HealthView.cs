namespace Remedy.Server.Health;

/// <summary>The body of <c>/healthz</c> and <c>/readyz</c>.</summary>
/// <param name="Status">ok, or not_ready.</param>
/// <param name="Problems">Why not ready (empty when ready).</param>
public sealed record HealthView(string Status, IReadOnlyList<string> Problems);
