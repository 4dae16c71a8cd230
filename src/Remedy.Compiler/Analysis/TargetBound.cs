namespace Remedy.Compiler.Analysis;

/// <summary>The static upper bound of a list's length, with the reason, or an unknown bound.</summary>
/// <param name="Value">The most items the list can hold, or null when no bound is known.</param>
/// <param name="Reason">Why, for messages: e.g. <c>query k8s.pods returns at most 150000, no `take`</c>.</param>
public sealed record TargetBound(long? Value, string Reason)
{
    /// <summary>Whether a bound is known.</summary>
    public bool IsKnown => Value is not null;

    /// <inheritdoc />
    public override string ToString() => Value is { } v ? $"{v} ({Reason})" : $"unknown ({Reason})";
}
