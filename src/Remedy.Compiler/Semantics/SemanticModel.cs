using System.Collections.Immutable;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Semantics;

/// <summary>
/// Answers questions about one file of a compilation, for later stages and the language
/// server: the symbol at a position, the type of an expression, a symbol's documentation,
/// the computed bounds and durations, and every reference of a symbol. Immutable; obtained
/// from <see cref="Compilation.GetSemanticModel"/>.
/// </summary>
public sealed class SemanticModel
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<Dictionary<SyntaxNode, SyntaxNode>> _parents;

    internal SemanticModel(Compilation compilation, SyntaxTree tree)
    {
        Compilation = compilation;
        SyntaxTree = tree;
        _parents = new Lazy<Dictionary<SyntaxNode, SyntaxNode>>(() => BuildParents(tree));
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => [.. compilation.GetDiagnostics().Where(d => d.Path == tree.Path)]);
    }

    /// <summary>The compilation the model belongs to.</summary>
    public Compilation Compilation { get; }

    /// <summary>The file the model describes.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>Every diagnostic of this file.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>
    /// The symbol declared or referenced at a character offset (hover, go-to-definition), or
    /// null. A name inside a declaration gives the declared symbol.
    /// </summary>
    public Symbol? GetSymbolAt(int offset)
    {
        var binding = Compilation.Binding;
        for (var node = (SyntaxNode?)SyntaxTree.Root.FindNode(offset); node is not null; node = Parent(node))
        {
            if (binding.SymbolOf(node) is { } symbol) return symbol;
            if (node is Declaration or StepDecl or OptionDecl or Statement or PlaybookDecl) break;
        }
        return null;
    }

    /// <summary>The symbol a node declares or refers to (an identifier, a name, a member access, a call's callee), or null.</summary>
    public Symbol? GetSymbol(SyntaxNode node) => Compilation.Binding.SymbolOf(node)
        ?? (node is CallExpression call ? Compilation.Binding.CallTargets.GetValueOrDefault(call) : null);

    /// <summary>The type of an expression of this file (the error type when it has none).</summary>
    public RemedyType GetType(Expression expression) => Compilation.Binding.TypeOf(expression);

    /// <summary>The innermost expression at an offset and its type, or null.</summary>
    public (Expression Expression, RemedyType Type)? GetTypeAt(int offset)
    {
        for (var node = (SyntaxNode?)SyntaxTree.Root.FindNode(offset); node is not null; node = Parent(node))
            if (node is Expression e && Compilation.Binding.Types.TryGetValue(e, out var type)) return (e, type);
        return null;
    }

    /// <summary>What the query, action or built-in called by <paramref name="call"/> is, or null.</summary>
    public Symbol? GetCallTarget(CallExpression call) => Compilation.Binding.CallTargets.GetValueOrDefault(call);

    /// <summary>The documentation of a symbol: its <c>///</c> comment, or a built-in's description; null when none.</summary>
    public static string? GetDocumentation(Symbol symbol) => symbol switch
    {
        { Doc: { } doc } => doc.Text,
        BuiltinFunctionSymbol function => function.Documentation,
        ImportAliasSymbol { Module: { } module } => Describe(module),
        ModuleSymbol module => Describe(module),
        _ => null,
    };

    private static string Describe(ModuleSymbol module) =>
        $"module {module.Name}: " + string.Join(", ", module.Members.Values.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => $"{m.KindText} {m.Name}"));

    /// <summary>Hover text for a symbol: its signature and documentation.</summary>
    public static string GetHoverText(Symbol symbol) =>
        GetDocumentation(symbol) is { } doc ? $"{symbol.Display}\n\n{doc}" : symbol.Display;

    /// <summary>The analysis of every playbook in this file.</summary>
    public ImmutableArray<PlaybookAnalysis> GetPlaybookAnalyses() =>
        [.. Compilation.Analysis.Playbooks.Where(p => p.Path == SyntaxTree.Path)];

    /// <summary>The analysis of a playbook of this file.</summary>
    public PlaybookAnalysis? GetPlaybookAnalysis(PlaybookDecl playbook) => Compilation.Analysis.Find(playbook);

    /// <summary>The static upper bound of a list expression of this file (1 for a single value).</summary>
    public TargetBound GetBound(Expression expression) => Compilation.Bounds.BoundOf(expression);

    /// <summary>The provenance of a target expression: population query, proven field values, filter and take.</summary>
    public TargetProvenance GetProvenance(Expression expression) => Compilation.Bounds.ProvenanceOf(expression);

    /// <summary>The analysis of a step: effects, calls and worst-case duration.</summary>
    public StepAnalysis? GetStepAnalysis(StepDecl step) =>
        Compilation.Analysis.Playbooks.SelectMany(p => p.Steps).FirstOrDefault(s => ReferenceEquals(s.Step, step));

    /// <summary>
    /// Every place in the compilation that declares or refers to <paramref name="symbol"/>
    /// (find references, rename), as (path, span), the declaration first.
    /// </summary>
    public ImmutableArray<SymbolReference> FindReferences(Symbol symbol)
    {
        var result = new List<SymbolReference>();
        var paths = Compilation.IdentifierPaths;
        foreach (var (node, target) in Compilation.Binding.Symbols)
        {
            if (!ReferenceEquals(target, symbol) || node is not Identifier identifier) continue;
            if (paths.GetValueOrDefault(identifier) is not { } path) continue;
            result.Add(new SymbolReference(path, identifier.Span, ReferenceEquals(symbol.NameNode, identifier)));
        }
        return [.. result.Distinct().OrderByDescending(r => r.IsDeclaration).ThenBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Span.Start)];
    }

    private SyntaxNode? Parent(SyntaxNode node) => _parents.Value.GetValueOrDefault(node);

    private static Dictionary<SyntaxNode, SyntaxNode> BuildParents(SyntaxTree tree)
    {
        var parents = new Dictionary<SyntaxNode, SyntaxNode>(ReferenceEqualityComparer.Instance);
        foreach (var node in tree.Nodes)
            foreach (var child in node.ChildNodes()) parents[child] = node;
        return parents;
    }
}
