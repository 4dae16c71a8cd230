namespace Remedy.Runtime.Engine;

/// <summary>The result of loading a compiled playbook assembly.</summary>
/// <param name="Playbooks">The playbooks that passed every check.</param>
/// <param name="Errors">Why the assembly or a playbook in it was rejected; empty on success.</param>
public sealed record AssemblyLoadResult(IReadOnlyList<LoadedPlaybook> Playbooks, IReadOnlyList<string> Errors)
{
    /// <summary>True when nothing was rejected and at least one playbook was found.</summary>
    public bool Succeeded => Errors.Count == 0 && Playbooks.Count > 0;
}
