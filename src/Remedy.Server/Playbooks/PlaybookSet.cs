using Remedy.Runtime.Engine;

namespace Remedy.Server.Playbooks;

/// <summary>One consistent set of loaded playbooks: what alerts are matched against until the next good reload.</summary>
/// <param name="Playbooks">The playbooks.</param>
/// <param name="Files">The source file of each, by name.</param>
public sealed record PlaybookSet(IReadOnlyList<LoadedPlaybook> Playbooks, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>A playbook by name, or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The playbook.</returns>
    public LoadedPlaybook? Find(string name) => Playbooks.FirstOrDefault(p => p.Name == name);
}
