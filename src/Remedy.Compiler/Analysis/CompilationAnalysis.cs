using System.Collections.Immutable;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>The analysis of every playbook of a compilation.</summary>
/// <param name="Playbooks">One analysis per playbook, in file and source order.</param>
public sealed record CompilationAnalysis(ImmutableArray<PlaybookAnalysis> Playbooks)
{
    /// <summary>The analysis of a playbook declaration, or null.</summary>
    public PlaybookAnalysis? Find(PlaybookDecl declaration) => Playbooks.FirstOrDefault(p => ReferenceEquals(p.Declaration, declaration));

    /// <summary>The analysis of the playbook with that name, or null.</summary>
    public PlaybookAnalysis? Find(string name) => Playbooks.FirstOrDefault(p => p.Name == name);
}
