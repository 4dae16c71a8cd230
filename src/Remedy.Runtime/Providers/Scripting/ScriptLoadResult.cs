namespace Remedy.Runtime.Providers.Scripting;

/// <summary>The script providers that compiled and passed the allowlist, and why the others were rejected.</summary>
/// <param name="Providers">The loaded providers.</param>
/// <param name="Errors">One sentence per problem, naming the file (and line, for compile errors).</param>
public sealed record ScriptLoadResult(IReadOnlyList<ScriptProvider> Providers, IReadOnlyList<string> Errors)
{
    /// <summary>True when every script loaded.</summary>
    public bool Succeeded => Errors.Count == 0;
}
