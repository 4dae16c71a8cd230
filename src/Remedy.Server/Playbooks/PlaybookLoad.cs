using Remedy.Runtime.Engine;

namespace Remedy.Server.Playbooks;

/// <summary>The outcome of compiling and loading the playbooks once.</summary>
/// <param name="Playbooks">The loaded playbooks (empty on failure).</param>
/// <param name="Files">The source file of each playbook, by name.</param>
/// <param name="Problems">The diagnostics and load errors as the CLI prints them; warnings only when it succeeded.</param>
/// <param name="Succeeded">True when every playbook compiled and loaded.</param>
public sealed record PlaybookLoad(IReadOnlyList<LoadedPlaybook> Playbooks, IReadOnlyDictionary<string, string> Files, string Problems, bool Succeeded)
{
    /// <summary>A failed load.</summary>
    /// <param name="problems">Why, as printed by <c>remedy check</c>.</param>
    /// <returns>The load.</returns>
    public static PlaybookLoad Failed(string problems) =>
        new([], new Dictionary<string, string>(StringComparer.Ordinal), problems, false);
}
