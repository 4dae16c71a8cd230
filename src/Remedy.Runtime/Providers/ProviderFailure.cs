namespace Remedy.Runtime.Providers;

/// <summary>A typed provider failure.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Message">A message for a human: what failed and why.</param>
public sealed record ProviderFailure(FailureKind Kind, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Message}";
}
