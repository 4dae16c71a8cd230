namespace Remedy.Runtime.Engine;

/// <summary>The result of loading a playbook: the playbook, or every reason it was rejected.</summary>
/// <param name="Playbook">The loaded playbook, or null.</param>
/// <param name="Errors">The problems found; empty on success.</param>
public sealed record LoadResult(LoadedPlaybook? Playbook, IReadOnlyList<string> Errors)
{
    /// <summary>True when loaded.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Playbook))]
    public bool Succeeded => Playbook is not null;
}
