using System.Collections.Immutable;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

/// <summary>
/// Binds a set of syntax trees: collects declarations into modules, resolves imports, types
/// and every name, and type-checks every expression. One binder is used once; its result is
/// immutable.
/// </summary>
internal sealed partial class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly BuiltinSymbols _builtins = new();
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<SyntaxNode, Symbol> _symbols = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expression, RemedyType> _types = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<CallExpression, Symbol> _callTargets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxTree, FileContext> _files = new(ReferenceEqualityComparer.Instance);
    private readonly List<BoundPlaybook> _playbooks = [];
    private readonly List<ActionSymbol> _actions = [];
    private readonly List<RollbackProblem> _rollbackProblems = [];
    private readonly Dictionary<string, Dictionary<string, Symbol>> _members = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, ModuleSymbol> _modules = ImmutableDictionary<string, ModuleSymbol>.Empty;

    private Binder(ImmutableArray<SyntaxTree> trees) => _trees = trees;

    /// <summary>Binds the trees.</summary>
    public static BindingResult Bind(ImmutableArray<SyntaxTree> trees) => new Binder(trees).Run();

    private BindingResult Run()
    {
        var moduleNames = new Dictionary<SyntaxTree, string>(ReferenceEqualityComparer.Instance);
        foreach (var tree in _trees)
        {
            var name = ModuleNameOf(tree);
            moduleNames[tree] = name;
            CollectDeclarations(tree, name);
        }
        _modules = _members.ToImmutableDictionary(
            m => m.Key,
            m => new ModuleSymbol(m.Key, m.Value.ToImmutableDictionary(StringComparer.Ordinal),
                [.. _trees.Where(t => moduleNames[t] == m.Key).Select(t => t.Path)]),
            StringComparer.Ordinal);

        foreach (var tree in _trees) _files[tree] = CreateFileContext(tree, _modules[moduleNames[tree]]);
        foreach (var tree in _trees) BindSignatures(_files[tree]);
        foreach (var tree in _trees) BindBodies(_files[tree]);

        return new BindingResult(_modules, _builtins, _symbols, _types, _callTargets, _files,
            [.. _playbooks], [.. _actions], [.. _rollbackProblems], [.. _diagnostics]);
    }

    /// <summary>The module of a file: its <c>module</c> declaration, or the file name without extension.</summary>
    public static string ModuleNameOf(SyntaxTree tree)
    {
        var declared = tree.Root.Module?.Name.Text;
        if (!string.IsNullOrEmpty(declared) && tree.Root.Module!.Name.Parts.All(p => !p.IsMissing)) return declared;
        var file = System.IO.Path.GetFileName(tree.Path);
        return file.EndsWith(".remedy", StringComparison.Ordinal) ? file[..^".remedy".Length] : file;
    }

    private void Report(DiagnosticDescriptor descriptor, string path, SourceSpan span, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, path, span, args));

    private static string Where(string path, SourceSpan span, string fromPath) =>
        path == fromPath ? $"line {span.Line}" : $"{path}({span.Line},{span.Column})";

    // ---- declarations --------------------------------------------------------------

    private void CollectDeclarations(SyntaxTree tree, string moduleName)
    {
        if (!_members.TryGetValue(moduleName, out var members))
            _members[moduleName] = members = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        foreach (var declaration in tree.Root.Declarations)
        {
            if (declaration.Name.IsMissing) continue;
            Symbol symbol = declaration switch
            {
                ResourceDecl r => new ResourceSymbol(r.Name.Name, moduleName, tree.Path, r.Name, r.Doc, r),
                QueryDecl q => CreateQuery(q, moduleName, tree.Path),
                ActionDecl a => new ActionSymbol(a, moduleName, tree.Path),
                PlaybookDecl p => new DeclarationSymbol(p.Name.Name, SymbolKind.Playbook, moduleName, tree.Path, p.Name, p.Doc, p),
                SimulationDecl s => new DeclarationSymbol(s.Name.Name, SymbolKind.Simulation, moduleName, tree.Path, s.Name, s.Doc, s),
                _ => throw new InvalidOperationException("unknown declaration " + declaration.GetType().Name),
            };
            _symbols[declaration.Name] = symbol;
            if (members.TryGetValue(symbol.Name, out var existing))
            {
                Report(DiagnosticCatalog.DuplicateDeclaration, tree.Path, declaration.Name.Span,
                    declaration.Keyword, symbol.Name, moduleName, Where(existing.Path!, existing.NameNode!.Span, tree.Path));
                continue;
            }
            members[symbol.Name] = symbol;
            if (symbol is ActionSymbol action) _actions.Add(action);
        }
    }

    private static QuerySymbol CreateQuery(QueryDecl q, string moduleName, string path)
    {
        string? provider = null;
        TimeSpan? timeout = null;
        long? maxResults = null;
        foreach (var clause in q.Clauses)
        {
            switch (clause)
            {
                case ProviderClause p: provider ??= p.ProviderId.Value; break;
                case TimeoutClause { Duration: DurationLiteral d }: timeout ??= d.Value; break;
                case MaxResultsClause { Count: IntLiteral i }: maxResults ??= i.Value; break;
            }
        }
        return new QuerySymbol(q, moduleName, path, provider, timeout, maxResults);
    }

    private FileContext CreateFileContext(SyntaxTree tree, ModuleSymbol module)
    {
        var outer = Scope.Empty;
        foreach (var function in _builtins.Functions.Values) outer = outer.With(function);
        var moduleScope = outer.Push("module");
        foreach (var member in module.Members.Values)
            if (member is QuerySymbol or ActionSymbol) moduleScope = moduleScope.With(member);

        var imports = ImmutableDictionary.CreateBuilder<string, ImportAliasSymbol>(StringComparer.Ordinal);
        var fileScope = moduleScope.Push("file");
        foreach (var import in tree.Root.Imports)
        {
            var name = import.Name.Text;
            if (import.Name.Parts.Any(p => p.IsMissing) || import.LocalName.Length == 0) continue;
            ModuleSymbol? target = null;
            if (_modules.TryGetValue(name, out var found))
            {
                target = found;
                _symbols[import.Name] = found;
            }
            else
            {
                Report(DiagnosticCatalog.UnknownModule, tree.Path, import.Name.Span, name, NameSuggestions.Hint(name, _modules.Keys));
            }
            var aliasNode = import.Alias ?? import.Name.Parts[^1];
            var alias = new ImportAliasSymbol(import.LocalName, tree.Path, aliasNode, import, target);
            if (imports.TryGetValue(alias.Name, out var existing))
            {
                Report(DiagnosticCatalog.DuplicateName, tree.Path, aliasNode.Span, alias.Name, "file's imports", $"line {existing.NameNode!.Span.Line}");
                continue;
            }
            _symbols[aliasNode] = alias;
            imports[alias.Name] = alias;
            fileScope = fileScope.With(alias);
        }
        return new FileContext(tree, module, imports.ToImmutable(), fileScope);
    }

    // ---- types ---------------------------------------------------------------------

    private RemedyType ResolveType(TypeRef typeRef, FileContext file)
    {
        var type = ResolveTypeCore(typeRef, file);
        return typeRef.IsOptional && !type.IsError ? new OptionalType(type) : type;
    }

    private RemedyType ResolveTypeCore(TypeRef typeRef, FileContext file)
    {
        var parts = typeRef.Name.Parts;
        if (parts.IsEmpty || parts.Any(p => p.IsMissing)) return BuiltinTypes.Error;
        var text = typeRef.Name.Text;
        if (parts.Length == 1)
        {
            var name = parts[0].Name;
            if (name is "list" or "map")
            {
                var arity = name == "list" ? 1 : 2;
                if (typeRef.Arguments.Length != arity)
                {
                    Report(DiagnosticCatalog.UnknownType, file.Path, typeRef.Span, typeRef.ToString(),
                        name == "list" ? " (a list takes one type argument: list<T>)" : " (a map takes two type arguments: map<K, V>)");
                    return BuiltinTypes.Error;
                }
                var args = typeRef.Arguments.Select(a => ResolveType(a, file)).ToArray();
                return name == "list" ? new ListType(args[0]) : new MapType(args[0], args[1]);
            }
            if (!typeRef.Arguments.IsEmpty)
            {
                Report(DiagnosticCatalog.UnknownType, file.Path, typeRef.Span, typeRef.ToString(), $" ('{name}' takes no type arguments)");
                return BuiltinTypes.Error;
            }
            if (BuiltinTypes.ByName.TryGetValue(name, out var builtin)) return builtin;
            if (name == "alert") return _builtins.Alert.Type;
            if (file.Module.Members.GetValueOrDefault(name) is ResourceSymbol own) return Use(own);
            var imported = file.Imports.Values
                .Select(i => i.Module?.Members.GetValueOrDefault(name))
                .OfType<ResourceSymbol>().Distinct().ToList();
            if (imported.Count == 1) return Use(imported[0]);
            if (imported.Count > 1)
            {
                Report(DiagnosticCatalog.UnknownType, file.Path, typeRef.Name.Span, text,
                    $" (it is ambiguous: {string.Join(" and ", imported.Select(r => r.QualifiedName))}; qualify it with the import name, e.g. '{file.Imports.Values.First(i => i.Module?.Members.GetValueOrDefault(name) is ResourceSymbol).Name}.{name}')");
                return BuiltinTypes.Error;
            }
        }
        else if (!typeRef.Arguments.IsEmpty)
        {
            Report(DiagnosticCatalog.UnknownType, file.Path, typeRef.Span, typeRef.ToString(), " (resources take no type arguments)");
            return BuiltinTypes.Error;
        }
        else
        {
            var member = parts[^1].Name;
            var prefix = string.Join('.', parts.Take(parts.Length - 1).Select(p => p.Name));
            var module = file.Imports.GetValueOrDefault(prefix)?.Module ?? _modules.GetValueOrDefault(prefix);
            if (module?.Members.GetValueOrDefault(member) is ResourceSymbol resource) return Use(resource);
        }
        Report(DiagnosticCatalog.UnknownType, file.Path, typeRef.Name.Span, text, NameSuggestions.Hint(text, VisibleTypeNames(file)));
        return BuiltinTypes.Error;

        RemedyType Use(ResourceSymbol resource)
        {
            _symbols[typeRef.Name] = resource;
            _symbols[typeRef.Name.Parts[^1]] = resource;
            return resource.Type;
        }
    }

    private static IEnumerable<string> VisibleTypeNames(FileContext file)
    {
        foreach (var name in BuiltinTypes.ByName.Keys) yield return name;
        yield return "list";
        yield return "map";
        foreach (var member in file.Module.Members.Values.OfType<ResourceSymbol>()) yield return member.Name;
        foreach (var import in file.Imports.Values)
        {
            if (import.Module is null) continue;
            foreach (var resource in import.Module.Members.Values.OfType<ResourceSymbol>())
            {
                yield return resource.Name;
                yield return $"{import.Name}.{resource.Name}";
            }
        }
    }

    // ---- signatures ------------------------------------------------------------------

    private void BindSignatures(FileContext file)
    {
        foreach (var declaration in file.Tree.Root.Declarations)
        {
            if (_symbols.GetValueOrDefault(declaration.Name) is not { } symbol) continue;
            switch (declaration, symbol)
            {
                case (ResourceDecl r, ResourceSymbol resource):
                {
                    var fields = ImmutableArray.CreateBuilder<FieldSymbol>();
                    var seen = new Dictionary<string, FieldDecl>(StringComparer.Ordinal);
                    foreach (var field in r.Fields)
                    {
                        if (field.Name.IsMissing) continue;
                        var type = ResolveType(field.Type, file);
                        if (seen.TryGetValue(field.Name.Name, out var first))
                        {
                            Report(DiagnosticCatalog.DuplicateName, file.Path, field.Name.Span, field.Name.Name, "resource", $"line {first.Span.Line}");
                            continue;
                        }
                        seen[field.Name.Name] = field;
                        var fieldSymbol = new FieldSymbol(field.Name.Name, type, file.Path, field.Name, null);
                        _symbols[field.Name] = fieldSymbol;
                        fields.Add(fieldSymbol);
                    }
                    resource.SetFields(fields.ToImmutable());
                    break;
                }
                case (QueryDecl q, QuerySymbol query):
                    query.SetParameters(BindParameters(q.Parameters, file));
                    query.SetReturnType(q.ReturnType is null ? BuiltinTypes.Error : ResolveType(q.ReturnType, file));
                    break;
                case (ActionDecl a, ActionSymbol action):
                    action.SetParameters(BindParameters(a.Parameters, file));
                    break;
            }
        }
    }

    private ImmutableArray<ParameterSymbol> BindParameters(ImmutableArray<Parameter> parameters, FileContext file)
    {
        var result = ImmutableArray.CreateBuilder<ParameterSymbol>();
        var seen = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (parameter.Name.IsMissing) continue;
            var type = ResolveType(parameter.Type, file);
            if (seen.TryGetValue(parameter.Name.Name, out var first))
            {
                Report(DiagnosticCatalog.DuplicateName, file.Path, parameter.Name.Span, parameter.Name.Name, "parameter list", $"line {first.Span.Line}");
                continue;
            }
            seen[parameter.Name.Name] = parameter;
            var symbol = new ParameterSymbol(parameter.Name.Name, type, result.Count, parameter, file.Path);
            _symbols[parameter.Name] = symbol;
            result.Add(symbol);
        }
        return result.ToImmutable();
    }
}
