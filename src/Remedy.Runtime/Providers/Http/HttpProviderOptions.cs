namespace Remedy.Runtime.Providers.Http;

/// <summary>Which URLs HTTP providers may call. URLs come from playbooks; this allowlist from the operator.</summary>
public sealed record HttpProviderOptions
{
    /// <summary>Allowed URL prefixes (e.g. <c>http://127.0.0.1:8080/</c>); a URL must start with one of them.</summary>
    public required IReadOnlyList<string> AllowedUrlPrefixes { get; init; }

    /// <summary>The most response bytes kept in a result.</summary>
    public int MaxBodyBytes { get; init; } = 1 << 20;
}
