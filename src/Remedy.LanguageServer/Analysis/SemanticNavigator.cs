using Remedy.Compiler;
using Remedy.Compiler.Semantics;
using Remedy.Compiler.Symbols;
using CompilerSymbol = Remedy.Compiler.Symbols.Symbol;
using CompilerSymbolKind = Remedy.Compiler.Symbols.SymbolKind;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// Navigation as the compiler sees it: the symbol at the cursor comes from the snapshot's
/// <see cref="SemanticModel"/>, so definition, references and rename agree with what
/// <c>remedy check</c> binds (aliases, shadowed lets, imported module members), and the compiler's
/// file paths are turned back into the URIs the client knows.
/// </summary>
internal sealed class SemanticNavigator
{
    private readonly Compilation _compilation;
    private readonly ModuleSet _modules;
    private readonly Dictionary<string, string> _uriByPath = new(StringComparer.Ordinal);

    public SemanticNavigator(RequestContext context)
    {
        _compilation = context.Compilation ?? throw new InvalidOperationException("the handler must ask for the compilation");
        _modules = new ModuleSet(context.Snapshot);
        foreach (var source in _modules.All) _uriByPath.TryAdd(source.Tree.Path, source.Uri);
        foreach (var document in context.Snapshot.Documents.Values) _uriByPath[document.Path] = document.Uri;
        // The compiler reads the embedded standard library; the client opens the same text from the library's files.
        foreach (var tree in _compilation.StandardLibraryTrees)
            if (tree.Root.Module?.Name.Text is { } module && _modules.Module(module).FirstOrDefault(s => s.IsStandardLibrary) is { } file)
                _uriByPath[tree.Path] = file.Uri;
    }

    /// <summary>The semantic model of an open document.</summary>
    public SemanticModel ModelOf(OpenDocument document) => _compilation.GetSemanticModel(document.Tree);

    /// <summary>The symbol the compiler binds at <paramref name="offset"/>, with the identifier there, or null.</summary>
    public (CompilerSymbol Symbol, Identifier? Name)? SymbolAt(OpenDocument document, int offset)
    {
        var model = ModelOf(document);
        if (model.GetSymbolAt(offset) is not { } symbol) return null;
        var name = document.Tree.Root.FindNode(offset) as Identifier;
        return (symbol, name);
    }

    /// <summary>Whether the symbol is declared in the standard library.</summary>
    public static bool IsStandardLibrary(CompilerSymbol symbol) => symbol switch
    {
        ModuleSymbol module => module.IsStandardLibrary,
        ImportAliasSymbol alias => alias.Module?.IsStandardLibrary ?? false,
        _ => symbol.Path is { } path && Compiler.Stdlib.StandardLibrary.IsStandardLibraryPath(path),
    };

    /// <summary>Where a symbol is declared; an import alias goes to the module it stands for. Null for built-ins.</summary>
    public Location? DeclarationOf(CompilerSymbol symbol)
    {
        var module = symbol switch
        {
            ImportAliasSymbol alias => alias.Module,
            ModuleSymbol m => m,
            _ => null,
        };
        if (module is not null)
        {
            var file = _modules.Module(module.Name).OrderBy(s => s.IsStandardLibrary ? 1 : 0).FirstOrDefault();
            return file?.Tree.Root.Module is { } declaration ? new Location(file.Uri, Positions.ToRange(declaration.Name.Span)) : null;
        }
        return symbol is { NameNode: { } name, Path: { } path } ? LocationOf(path, name.Span) : null;
    }

    /// <summary>Every place that declares or names the symbol, as the compiler bound them, plus an option's name in <c>fixed "option"</c>.</summary>
    public IEnumerable<Location> ReferencesOf(CompilerSymbol symbol, OpenDocument document, bool includeDeclaration)
    {
        foreach (var reference in ModelOf(document).FindReferences(symbol))
            if (includeDeclaration || !reference.IsDeclaration)
                if (LocationOf(reference.Path, reference.Span) is { } location) yield return location;
        if (symbol is not DeclarationSymbol { Kind: CompilerSymbolKind.Option, Declaration: OptionDecl option, Path: { } optionPath }) yield break;
        // 'choose remedy by fixed "restart"' names the option inside a string the binder only checks.
        var tree = _compilation.GetSyntaxTree(optionPath);
        foreach (var choose in tree is null ? [] : tree.Nodes.OfType<ChooseDecl>())
        {
            if (choose.FixedOption is not { IsConstant: true } fixedOption || fixedOption.Value != symbol.Name || !choose.Options.Any(o => ReferenceEquals(o, option))) continue;
            var start = fixedOption.Span.Start + 1;
            if (LocationOf(optionPath, tree!.Source.GetSpan(start, start + symbol.Name.Length)) is { } location) yield return location;
        }
    }

    private Location? LocationOf(string path, SourceSpan span) =>
        _uriByPath.TryGetValue(path, out var uri) ? new Location(uri, Positions.ToRange(span)) : null;
}
