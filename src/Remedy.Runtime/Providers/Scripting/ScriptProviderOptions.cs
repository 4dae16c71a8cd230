namespace Remedy.Runtime.Providers.Scripting;

/// <summary>What script providers may reach, chosen by the operator.</summary>
public sealed record ScriptProviderOptions
{
    /// <summary>The providers scripts may call through <see cref="IScriptProviderApi.CallAsync"/> (none by default).</summary>
    public IReadOnlyList<IProvider> Callable { get; init; } = [];

    /// <summary>
    /// Where compiled scripts are kept between processes, by the SHA-256 of their source (null: in memory only). A
    /// cached image is checked against the allowlist again before it is loaded.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The clock behind <see cref="IScriptProviderApi.Now"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The most log lines a call keeps.</summary>
    public int MaxLogLines { get; init; } = 100;
}
