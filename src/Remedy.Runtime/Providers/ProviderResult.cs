using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers;

/// <summary>The result of a provider call: a value or a typed failure, never an exception.</summary>
public sealed record ProviderResult
{
    private ProviderResult(RValue value, ProviderFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>The value (null value on failure).</summary>
    public RValue Value { get; }

    /// <summary>The failure, or null on success.</summary>
    public ProviderFailure? Failure { get; }

    /// <summary>True when the call succeeded.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>A success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static ProviderResult Ok(RValue value) => new(value, null);

    /// <summary>A success with no value.</summary>
    /// <returns>The result.</returns>
    public static ProviderResult Ok() => new(RValue.Null, null);

    /// <summary>A failure.</summary>
    /// <param name="kind">The failure kind.</param>
    /// <param name="message">What failed and why.</param>
    /// <returns>The result.</returns>
    public static ProviderResult Fail(FailureKind kind, string message) => new(RValue.Null, new ProviderFailure(kind, message));

    /// <summary>A missing or mistyped argument.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="expected">What was expected, e.g. "a string".</param>
    /// <returns>The result.</returns>
    public static ProviderResult BadArgument(string name, string expected) =>
        Fail(FailureKind.BadArgument, $"argument '{name}' must be {expected}");
}
