using System.Collections.Immutable;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Workspace;

/// <summary>
/// An immutable set of open documents for tools such as the language server. Changing a
/// document returns a new workspace that reparses only that document and reuses every other
/// tree, including the parsed standard library; its compilation is created on first use.
/// </summary>
public sealed class RemedyWorkspace
{
    private readonly Lazy<Compilation> _compilation;

    private RemedyWorkspace(ImmutableSortedDictionary<string, SyntaxTree> trees, ImmutableArray<SyntaxTree> library, CompilationOptions options)
    {
        Trees = trees;
        StandardLibrary = library;
        Options = options;
        _compilation = new Lazy<Compilation>(() =>
        {
            // An open stdlib file replaces its embedded copy.
            var open = Trees.Keys.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            return Compilation.Create([.. Trees.Values], [.. StandardLibrary.Where(t => !open.Contains(Path.GetFileName(t.Path)))], Options);
        });
    }

    /// <summary>An empty workspace.</summary>
    public static RemedyWorkspace Create(CompilationOptions? options = null)
    {
        var chosen = options ?? CompilationOptions.Default;
        return new RemedyWorkspace(ImmutableSortedDictionary<string, SyntaxTree>.Empty.WithComparers(StringComparer.Ordinal),
            chosen.IncludeStandardLibrary ? Compilation.ParseStandardLibrary() : [], chosen);
    }

    /// <summary>The parsed documents by path.</summary>
    public ImmutableSortedDictionary<string, SyntaxTree> Trees { get; }

    /// <summary>The parsed standard library, shared by every version of the workspace.</summary>
    public ImmutableArray<SyntaxTree> StandardLibrary { get; }

    /// <summary>The options every compilation of the workspace uses.</summary>
    public CompilationOptions Options { get; }

    /// <summary>The compilation of the current documents (created once per workspace version).</summary>
    public Compilation Compilation => _compilation.Value;

    /// <summary>A workspace with the document added or replaced; only that document is parsed.</summary>
    public RemedyWorkspace WithDocument(SourceDocument document) =>
        new(Trees.SetItem(document.Path, SyntaxParser.Parse(document.Text, document.Path)), StandardLibrary, Options);

    /// <summary>A workspace without the document at that path.</summary>
    public RemedyWorkspace RemoveDocument(string path) => new(Trees.Remove(path), StandardLibrary, Options);
}
