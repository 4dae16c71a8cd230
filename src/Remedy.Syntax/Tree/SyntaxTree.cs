using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>
/// The result of parsing one file: the tree (always present, partial when the file has
/// errors), its comments and the syntax diagnostics.
/// </summary>
/// <param name="Source">The parsed text.</param>
/// <param name="Root">The root of the tree.</param>
/// <param name="Comments">Every comment, in source order.</param>
/// <param name="Diagnostics">Syntax diagnostics, in source order.</param>
public sealed record SyntaxTree(SourceText Source, CompilationUnit Root, ImmutableArray<Comment> Comments, ImmutableArray<Diagnostic> Diagnostics)
{
    // Kept with the root it lists, so a copy made with 'with { Root = ... }' never answers with the old nodes.
    // Two threads may both compute it once; the lists are equal and either one is kept.
    private Tuple<CompilationUnit, ImmutableArray<SyntaxNode>>? _nodes;

    /// <summary>
    /// Every node of the tree, depth first in source order (<see cref="SyntaxNode.DescendantsAndSelf"/>
    /// of the root), listed once per tree: the compiler's rules walk each tree of every compilation,
    /// and the standard library's trees are shared by all of them.
    /// </summary>
    public ImmutableArray<SyntaxNode> Nodes
    {
        get
        {
            var nodes = _nodes;
            if (nodes is null || !ReferenceEquals(nodes.Item1, Root)) _nodes = nodes = Tuple.Create(Root, ImmutableArray.CreateRange(Root.DescendantsAndSelf()));
            return nodes.Item2;
        }
    }

    /// <summary>The file's path as the user named it.</summary>
    public string Path => Source.Path;

    /// <summary>What <see cref="Parsing.SyntaxParser.Reparse"/> needs to reuse this parse; null when the file needed error recovery.</summary>
    internal Incremental.IncrementalState? Incremental { get; init; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
