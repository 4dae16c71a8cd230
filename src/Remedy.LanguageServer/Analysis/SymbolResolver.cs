using System.Collections.Immutable;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// Resolves names to declarations and expressions to types from the syntax trees alone: scopes
/// (lets, loop variables, <c>it</c>, parameters, captures), imports and their aliases, module
/// members and resource fields. It is the editor's view of binding, and never reports errors:
/// what it cannot resolve is simply unknown.
/// </summary>
internal sealed class SymbolResolver(ModuleSet modules)
{
    private const int MaxDepth = 24;

    public ModuleSet Modules => modules;

    /// <summary>The symbol named at <paramref name="offset"/>, whether a declaration or a use.</summary>
    public Symbol? ResolveAt(ModuleSource source, int offset) => ResolveAt(source, offset, 0);

    private Symbol? ResolveAt(ModuleSource source, int offset, int depth)
    {
        if (depth > MaxDepth) return null;
        var path = NodePath.At(source.Tree.Root, offset);
        if (path.Length < 2 || path[^1] is not Identifier id || id.IsMissing) return null;
        var parent = path[^2];
        switch (parent)
        {
            case Declaration d when d.Name == id: return ForDeclaration(source, d);
            case FieldDecl f when f.Name == id: return new Symbol(SymbolCategory.Field, id.Name, source, f, id.Span);
            case Parameter p when p.Name == id: return new Symbol(SymbolCategory.Parameter, id.Name, source, p, id.Span);
            case LetStatement l when l.Name == id: return new Symbol(SymbolCategory.Let, id.Name, source, l, id.Span);
            case ForStatement f when f.Variable == id: return new Symbol(SymbolCategory.LoopVariable, id.Name, source, f, id.Span);
            case QuantifierExpression q when q.Variable == id: return new Symbol(SymbolCategory.LoopVariable, id.Name, source, q, id.Span);
            case CaptureClause c when c.Name == id: return new Symbol(SymbolCategory.Capture, id.Name, source, c, id.Span);
            case OptionDecl o when o.Name == id: return new Symbol(SymbolCategory.Option, id.Name, source, o, id.Span);
            case StepDecl s when s.Name == id: return new Symbol(SymbolCategory.Step, id.Name, source, s, id.Span);
            case NameExpression: return ResolveName(source, path, id.Name, offset, depth);
            case MemberExpression m when m.Member == id: return ResolveMember(source, m, depth);
            case QualifiedName q when path.Length >= 3:
                return path[^3] switch
                {
                    ImportDecl or ModuleDecl => ModuleSymbol(q.Text, q.Span),
                    TypeRef t => ResolveTypeName(source, t.Name),
                    _ => null,
                };
            case Argument a when a.Name == id && path.Length >= 3 && path[^3] is CallExpression call:
                return ResolveCallee(source, call, depth) is { Declaration: ActionDecl or QueryDecl } callee
                    ? Parameters(callee).FirstOrDefault(p => p.Name.Name == id.Name) is { } parameter
                        ? new Symbol(SymbolCategory.Parameter, parameter.Name.Name, callee.Source, parameter, parameter.Name.Span)
                        : null
                    : null;
            case SimulationDecl s when s.Playbook == id: return FindPlaybook(source, id.Name);
            case OutcomeItem o when o.Option == id:
                return path.OfType<SimulationDecl>().FirstOrDefault() is { } simulation && FindPlaybook(source, simulation.Playbook.Name) is { Declaration: PlaybookDecl playbook, Source: { } playbookSource }
                    ? FindOption(playbookSource, playbook, id.Name)
                    : null;
            default: return null;
        }
    }

    public Symbol ForDeclaration(ModuleSource source, Declaration declaration) => new(declaration switch
    {
        ResourceDecl => SymbolCategory.Resource,
        QueryDecl => SymbolCategory.Query,
        ActionDecl => SymbolCategory.Action,
        PlaybookDecl => SymbolCategory.Playbook,
        _ => SymbolCategory.Simulation,
    }, declaration.Name.Name, source, declaration, declaration.Name.Span);

    public Symbol? ModuleSymbol(string name, Syntax.Text.SourceSpan span)
    {
        var file = modules.Module(name).FirstOrDefault();
        return file is null
            ? new Symbol(SymbolCategory.Module, name, null, null, span)
            : new Symbol(SymbolCategory.Module, name, file, file.Tree.Root.Module, file.Tree.Root.Module?.Name.Span ?? span);
    }

    /// <summary>The symbols visible by a bare name at <paramref name="offset"/>, innermost first.</summary>
    public IEnumerable<Symbol> VisibleNames(ModuleSource source, ImmutableArray<SyntaxNode> path, int offset)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            switch (path[i])
            {
                case ForStatement f when f.Body.Span.Contains(offset) && !f.Variable.IsMissing:
                    yield return new Symbol(SymbolCategory.LoopVariable, f.Variable.Name, source, f, f.Variable.Span);
                    break;
                case QuantifierExpression q when q.Body.Span.Contains(offset) && !q.Variable.IsMissing:
                    yield return new Symbol(SymbolCategory.LoopVariable, q.Variable.Name, source, q, q.Variable.Span);
                    break;
                case PipeExpression p when p.Argument.Span.Contains(offset) || p.Argument is MissingExpression:
                    yield return new Symbol(SymbolCategory.It, "it", source, p, p.Span);
                    break;
                case Block b:
                    foreach (var let in b.Statements.OfType<LetStatement>().Where(l => l.Span.End <= offset)) yield return Let(source, let);
                    break;
                case StepDecl s:
                    foreach (var let in s.Members.OfType<LetStatement>().Where(l => l.Span.End <= offset)) yield return Let(source, let);
                    break;
                case OptionDecl o:
                    foreach (var let in o.Members.OfType<LetStatement>().Where(l => l.Span.End <= offset)) yield return Let(source, let);
                    break;
                case PlaybookDecl p:
                    foreach (var let in p.Members.OfType<LetStatement>().Where(l => l.Span.End <= offset)) yield return Let(source, let);
                    yield return new Symbol(SymbolCategory.Alert, "alert", null, null, p.Name.Span);
                    break;
                case ActionDecl a:
                    foreach (var parameter in a.Parameters.Where(p => !p.Name.IsMissing)) yield return new Symbol(SymbolCategory.Parameter, parameter.Name.Name, source, parameter, parameter.Name.Span);
                    foreach (var capture in a.Clauses.OfType<CaptureClause>().Where(c => !c.Name.IsMissing)) yield return new Symbol(SymbolCategory.Capture, capture.Name.Name, source, capture, capture.Name.Span);
                    break;
                case QueryDecl q:
                    foreach (var parameter in q.Parameters.Where(p => !p.Name.IsMissing)) yield return new Symbol(SymbolCategory.Parameter, parameter.Name.Name, source, parameter, parameter.Name.Span);
                    break;
            }
        }
        foreach (var import in source.Tree.Root.Imports.Where(i => i.LocalName.Length > 0))
            if (ModuleSymbol(import.Name.Text, import.Name.Span) is { } module) yield return module with { Name = import.LocalName };
        foreach (var (declaringSource, declaration) in modules.Declarations(source.ModuleName).Where(d => d.Source.Uri != source.Uri))
            yield return ForDeclaration(declaringSource, declaration);
        foreach (var declaration in source.Tree.Root.Declarations.Where(d => !d.Name.IsMissing))
            yield return ForDeclaration(source, declaration);
    }

    private static Symbol Let(ModuleSource source, LetStatement let) => new(SymbolCategory.Let, let.Name.Name, source, let, let.Name.Span);

    private Symbol? ResolveName(ModuleSource source, ImmutableArray<SyntaxNode> path, string name, int offset, int depth) =>
        VisibleNames(source, path, offset).FirstOrDefault(s => s.Name == name);

    private Symbol? ResolveMember(ModuleSource source, MemberExpression member, int depth)
    {
        if (member.Member.IsMissing) return null;
        if (member.Target is NameExpression { Name: var target } && ResolveAt(source, target.Span.Start, depth + 1) is { Category: SymbolCategory.Module } module)
        {
            var found = modules.Declarations(module.Source?.ModuleName ?? module.Name).FirstOrDefault(d => d.Declaration.Name.Name == member.Member.Name);
            return found.Declaration is null ? null : ForDeclaration(found.Source, found.Declaration);
        }
        var type = TypeOf(source, member.Target, depth + 1);
        if (type is { IsAlert: true })
            return AlertFields.All.Any(f => f.Name == member.Member.Name) ? new Symbol(SymbolCategory.AlertField, member.Member.Name, null, null, member.Member.Span) : null;
        if (type?.Resource is { } resource && resource.Fields.FirstOrDefault(f => f.Name.Name == member.Member.Name) is { } field)
            return new Symbol(SymbolCategory.Field, field.Name.Name, type.ResourceSource, field, field.Name.Span);
        return null;
    }

    /// <summary>The action or query a call invokes.</summary>
    public Symbol? ResolveCallee(ModuleSource source, CallExpression call, int depth = 0) => call.Callee switch
    {
        MemberExpression m => ResolveMember(source, m, depth + 1),
        NameExpression n => ResolveAt(source, n.Name.Span.Start, depth + 1),
        _ => null,
    };

    public static ImmutableArray<Parameter> Parameters(Symbol callable) => callable.Declaration switch
    {
        ActionDecl a => a.Parameters,
        QueryDecl q => q.Parameters,
        _ => [],
    };

    private Symbol? FindPlaybook(ModuleSource source, string name) =>
        modules.Declarations(source.ModuleName).Concat(source.Tree.Root.Declarations.Select(d => (source, d)))
            .Where(d => d.Item2 is PlaybookDecl && d.Item2.Name.Name == name)
            .Select(d => ForDeclaration(d.Item1, d.Item2)).FirstOrDefault();

    private static Symbol? FindOption(ModuleSource source, PlaybookDecl playbook, string name) =>
        playbook.Members.OfType<ChooseDecl>().SelectMany(c => c.Options).FirstOrDefault(o => o.Name.Name == name) is { } option
            ? new Symbol(SymbolCategory.Option, option.Name.Name, source, option, option.Name.Span)
            : null;

    private Symbol? ResolveTypeName(ModuleSource source, QualifiedName name)
    {
        var (module, typeName) = name.Parts.Length switch
        {
            0 => (null, ""),
            1 => (source.ModuleName, name.Parts[0].Name),
            _ => (modules.ImportedModule(source, string.Join('.', name.Parts[..^1].Select(p => p.Name))) ?? string.Join('.', name.Parts[..^1].Select(p => p.Name)), name.Parts[^1].Name),
        };
        if (module is null) return null;
        var found = modules.Declarations(module).Concat(name.Parts.Length == 1 ? source.Tree.Root.Declarations.Select(d => (source, d)) : [])
            .FirstOrDefault(d => d.Item2 is ResourceDecl && d.Item2.Name.Name == typeName);
        if (found.Item2 is null && name.Parts.Length == 1)
        {
            // An unqualified type may come from any imported module.
            found = source.Tree.Root.Imports.SelectMany(i => modules.Declarations(i.Name.Text))
                .FirstOrDefault(d => d.Declaration is ResourceDecl && d.Declaration.Name.Name == typeName);
        }
        return found.Item2 is null ? null : ForDeclaration(found.Item1, found.Item2);
    }

    /// <summary>The type of an expression, or null when the syntax does not show it.</summary>
    public InferredType? TypeOf(ModuleSource source, Expression expression, int depth = 0)
    {
        if (depth > MaxDepth) return null;
        return expression switch
        {
            IntLiteral => InferredType.Named("int"),
            NumberLiteral => InferredType.Named("number"),
            StringLiteral => InferredType.Named("string"),
            BoolLiteral => InferredType.Named("bool"),
            DurationLiteral => InferredType.Named("duration"),
            PercentLiteral => InferredType.Named("percent"),
            ParenthesizedExpression p => TypeOf(source, p.Inner, depth + 1),
            ListExpression { Items: [var first, ..] } l => TypeOf(source, first, depth + 1) is { } item ? InferredType.ListOf(item) : null,
            PipeExpression { Kind: PipeKind.Map } => null,
            PipeExpression p => TypeOf(source, p.Source, depth + 1),
            CallExpression { Callee: NameExpression { Name.Name: "count" } } => InferredType.Named("int"),
            CallExpression call => ResolveCallee(source, call, depth + 1) is { Declaration: QueryDecl { ReturnType: { } returns } } query && query.Source is { } querySource
                ? FromTypeRef(querySource, returns)
                : null,
            NameExpression n => ResolveAt(source, n.Name.Span.Start, depth + 1) is { } symbol ? TypeOfSymbol(symbol, depth + 1) : null,
            MemberExpression m => ResolveMember(source, m, depth + 1) is { } member ? TypeOfSymbol(member, depth + 1) : null,
            IndexExpression { Target: var target } => TypeOf(source, target, depth + 1) is { Display: var d } && d.StartsWith("map<", StringComparison.Ordinal)
                ? InferredType.Named(d[(d.IndexOf(',') + 1)..^1].Trim())
                : null,
            _ => null,
        };
    }

    /// <summary>The type of what a symbol names.</summary>
    public InferredType? TypeOfSymbol(Symbol symbol, int depth = 0)
    {
        if (depth > MaxDepth || symbol.Source is not { } source && symbol.Category is not (SymbolCategory.Alert or SymbolCategory.AlertField)) return null;
        return (symbol.Category, symbol.Declaration) switch
        {
            (SymbolCategory.Alert, _) => InferredType.Alert,
            (SymbolCategory.AlertField, _) => AlertFields.All.FirstOrDefault(f => f.Name == symbol.Name) is { Type: { } type } ? InferredType.Named(type) : null,
            (_, LetStatement { Type: { } declared }) => FromTypeRef(symbol.Source!, declared),
            (_, LetStatement let) => TypeOf(symbol.Source!, let.Value, depth + 1),
            (_, ForStatement f) => TypeOf(symbol.Source!, f.Source, depth + 1)?.Element,
            (_, QuantifierExpression q) => TypeOf(symbol.Source!, q.Source, depth + 1)?.Element,
            (_, PipeExpression p) => TypeOf(symbol.Source!, p.Source, depth + 1)?.Element,
            (_, Parameter p) => FromTypeRef(symbol.Source!, p.Type),
            (_, CaptureClause c) => TypeOf(symbol.Source!, c.Value, depth + 1),
            (_, FieldDecl f) => FromTypeRef(symbol.Source!, f.Type),
            (_, QueryDecl { ReturnType: { } returns }) => FromTypeRef(symbol.Source!, returns),
            (_, ResourceDecl r) => new InferredType(r.Name.Name, Resource: r, ResourceSource: symbol.Source),
            _ => null,
        };
    }

    /// <summary>The type a written type names, resolving resources in the file's module and imports.</summary>
    public InferredType FromTypeRef(ModuleSource source, TypeRef type)
    {
        var name = type.Name.Text;
        if (name == "list" && type.Arguments.Length == 1) return InferredType.ListOf(FromTypeRef(source, type.Arguments[0]));
        if (name == "alert") return InferredType.Alert;
        if (ResolveTypeName(source, type.Name) is { Declaration: ResourceDecl resource } symbol)
            return new InferredType(type.ToString(), Resource: resource, ResourceSource: symbol.Source);
        return InferredType.Named(type.ToString());
    }
}
