using System.Collections.Concurrent;
using System.Collections.Immutable;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Binding;
using Remedy.Compiler.Safety;
using Remedy.Compiler.Semantics;
using Remedy.Compiler.Stdlib;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler;

/// <summary>
/// The public entry point of the compiler: a set of source files compiled together, with the
/// standard library unless the options leave it out. Immutable; binding, type checking,
/// analysis and safety verification are computed once, on first use.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<BindingResult> _binding;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<(CompilationAnalysis Analysis, BoundsAnalyzer Bounds)> _analysis;
    private readonly Lazy<ImmutableArray<Diagnostic>> _safety;
    private readonly Lazy<IReadOnlyDictionary<SyntaxNode, string>> _identifierPaths;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new(ReferenceEqualityComparer.Instance);

    private Compilation(ImmutableArray<SyntaxTree> trees, ImmutableArray<SyntaxTree> libraryTrees, CompilationOptions options)
    {
        SyntaxTrees = trees;
        StandardLibraryTrees = libraryTrees;
        AllTrees = libraryTrees.AddRange(trees);
        Options = options;
        _binding = new Lazy<BindingResult>(() => Binder.Bind(AllTrees));
        _analysis = new Lazy<(CompilationAnalysis, BoundsAnalyzer)>(() =>
        {
            var analyzer = new PlaybookAnalyzer(Binding);
            return (analyzer.AnalyzeAll(), analyzer.Bounds);
        });
        _safety = new Lazy<ImmutableArray<Diagnostic>>(() => SafetyVerifier.Verify(new SafetyContext(Binding, Analysis, _analysis.Value.Bounds)));
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(ComputeDiagnostics);
        _identifierPaths = new Lazy<IReadOnlyDictionary<SyntaxNode, string>>(() =>
        {
            var paths = new Dictionary<SyntaxNode, string>(ReferenceEqualityComparer.Instance);
            foreach (var tree in AllTrees)
                foreach (var node in tree.Nodes)
                    if (node is Identifier) paths[node] = tree.Path;
            return paths;
        });
    }

    /// <summary>The parsed files given by the caller, in the order given.</summary>
    public ImmutableArray<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The parsed standard library files (empty when the options leave the library out).</summary>
    public ImmutableArray<SyntaxTree> StandardLibraryTrees { get; }

    /// <summary>Every tree of the compilation: the standard library first, then the caller's files.</summary>
    public ImmutableArray<SyntaxTree> AllTrees { get; }

    /// <summary>The options the compilation was created with.</summary>
    public CompilationOptions Options { get; }

    /// <summary>Every module of the compilation by name.</summary>
    public ImmutableDictionary<string, ModuleSymbol> Modules => Binding.Modules;

    internal BindingResult Binding => _binding.Value;

    internal BoundsAnalyzer Bounds => _analysis.Value.Bounds;

    /// <summary>The file of every identifier, for find-references.</summary>
    internal IReadOnlyDictionary<SyntaxNode, string> IdentifierPaths => _identifierPaths.Value;

    /// <summary>
    /// What the compiler proved about every playbook: autonomy, guards, target lists with static
    /// bounds and provenance, effects per step and worst-case durations. Computed once.
    /// </summary>
    public CompilationAnalysis Analysis => _analysis.Value.Analysis;

    /// <summary>The safety diagnostics (RMD1001–RMD1016) alone.</summary>
    public ImmutableArray<Diagnostic> GetSafetyDiagnostics() => _safety.Value;

    /// <summary>The semantic model of one tree of this compilation (cached; the same instance on every call).</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!AllTrees.Any(t => ReferenceEquals(t, tree)))
            throw new ArgumentException("the tree does not belong to this compilation", nameof(tree));
        return _models.GetOrAdd(tree, t => new SemanticModel(this, t));
    }

    /// <summary>Parses the documents and creates a compilation of them with the standard library.</summary>
    public static Compilation Create(IEnumerable<SourceDocument> documents) => Create(documents, CompilationOptions.Default);

    /// <summary>Parses the documents and creates a compilation of them.</summary>
    public static Compilation Create(IEnumerable<SourceDocument> documents, CompilationOptions options)
    {
        var trees = documents.Select(d => SyntaxParser.Parse(d.Text, d.Path)).ToImmutableArray();
        // A caller that checks the stdlib/ folder itself gets its files instead of the embedded copies.
        var library = options.IncludeStandardLibrary ? ParseStandardLibrary(trees.Select(t => t.Path)) : [];
        return new Compilation(trees, library, options);
    }

    /// <summary>
    /// Creates a compilation of trees that are already parsed (a workspace reuses the trees of
    /// unchanged files). The standard library trees are given separately.
    /// </summary>
    public static Compilation Create(ImmutableArray<SyntaxTree> trees, ImmutableArray<SyntaxTree> standardLibraryTrees, CompilationOptions options) =>
        new(trees, options.IncludeStandardLibrary ? standardLibraryTrees : [], options);

    /// <summary>Parses the embedded standard library, leaving out files whose names appear in <paramref name="exclude"/>.</summary>
    public static ImmutableArray<SyntaxTree> ParseStandardLibrary(IEnumerable<string>? exclude = null)
    {
        var given = (exclude ?? []).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. StandardLibrary.Documents()
            .Where(d => !given.Contains(Path.GetFileName(d.Path)))
            .Select(d => SyntaxParser.Parse(d.Text, d.Path))];
    }

    /// <summary>Every diagnostic of every stage (syntax, binding, types, safety), sorted by file and position.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>The tree of the file with that path, or null.</summary>
    public SyntaxTree? GetSyntaxTree(string path) => AllTrees.FirstOrDefault(t => t.Path == path);

    private ImmutableArray<Diagnostic> ComputeDiagnostics()
    {
        var order = AllTrees.Select((t, i) => (t.Path, i)).GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var all = AllTrees.SelectMany(t => t.Diagnostics).Concat(Binding.Diagnostics).Concat(_safety.Value);
        return [.. all.Distinct()
            .OrderBy(d => order.GetValueOrDefault(d.Path, int.MaxValue))
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
    }
}
