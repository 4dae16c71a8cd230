using System.Collections.Frozen;
using Remedy.Runtime.Engine;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>
/// What a script provider's compiled code may reference: the playbook allowlist's values and safe framework types,
/// plus the provider result types and the script's own globals and API. The engine, journal and safety services
/// stay out of reach, as do files, processes, sockets, the environment, reflection and native code.
/// </summary>
public static class ScriptAllowlist
{
    private static readonly FrozenSet<string> ProviderTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Remedy.Runtime.Providers.ProviderResult",
        "Remedy.Runtime.Providers.ProviderCall",
        "Remedy.Runtime.Providers.ProviderFailure",
        "Remedy.Runtime.Providers.FailureKind",
        "Remedy.Runtime.Providers.Scripting.ScriptProviderGlobals",
        "Remedy.Runtime.Providers.Scripting.IScriptProviderApi",
        "System.DateTime",
        // Async code catches System.Exception in its state machine; throwing and catching these reaches nothing.
        "System.Exception",
        "System.ArgumentException",
        "System.FormatException",
        "System.InvalidOperationException",
        "System.NotSupportedException",
        "System.OperationCanceledException",
        "System.OverflowException",
        "System.Text.StringBuilder",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a script provider may use a type.</summary>
    /// <param name="fullName">The type's full name (nested types as <c>Outer+Inner</c>).</param>
    /// <returns>True when allowed.</returns>
    public static bool IsAllowed(string fullName)
    {
        var outer = fullName.Split('+')[0];
        if (ProviderTypes.Contains(outer))
        {
            return true;
        }

        // A provider has no business with playbooks, journals or guards.
        if (outer.StartsWith("Remedy.Runtime.Engine.", StringComparison.Ordinal)
            || outer.StartsWith("Remedy.Runtime.Journal.", StringComparison.Ordinal)
            || outer.StartsWith("Remedy.Runtime.Safety.", StringComparison.Ordinal))
        {
            return false;
        }

        return ApiAllowlist.IsAllowed(fullName);
    }

    /// <summary>Checks a compiled script image.</summary>
    /// <param name="image">The assembly bytes.</param>
    /// <returns>One message per forbidden use; empty when it may be loaded.</returns>
    public static IReadOnlyList<string> Check(byte[] image) => ScriptImageCheck.Check(image, IsAllowed);
}
