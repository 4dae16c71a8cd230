using System.Collections.Immutable;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler;

/// <summary>
/// The public entry point of the compiler: a set of source files compiled together.
/// Immutable; every stage is computed on demand and returns values plus diagnostics.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private Compilation(ImmutableArray<SyntaxTree> trees)
    {
        SyntaxTrees = trees;
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
    }

    /// <summary>The parsed files, in the order given.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>Parses the documents and creates a compilation of them.</summary>
    public static Compilation Create(IEnumerable<SourceDocument> documents) =>
        new([.. documents.Select(d => SyntaxParser.Parse(d.Text, d.Path))]);

    /// <summary>Every diagnostic of every stage, sorted by file and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    private ImmutableArray<Diagnostic> ComputeDiagnostics() =>
        [.. SyntaxTrees.SelectMany(t => t.Diagnostics)];
}
