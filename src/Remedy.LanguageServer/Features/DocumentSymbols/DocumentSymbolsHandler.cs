using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.DocumentSymbols;

/// <summary><c>textDocument/documentSymbol</c>: the outline: module, resources with fields, queries, actions, playbooks with their lets, steps, choices and options, simulations.</summary>
internal sealed class DocumentSymbolsHandler : RequestHandler<DocumentParams, IReadOnlyList<DocumentSymbol>>
{
    public override string Method => LspMethods.DocumentSymbol;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { DocumentSymbolProvider = true };

    protected override IReadOnlyList<DocumentSymbol> Handle(DocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var root = context.GetDocument(parameters.TextDocument.Uri).Tree.Root;
        var symbols = new List<DocumentSymbol>();
        if (root.Module is { } module && module.Name.Text.Length > 0)
            symbols.Add(Symbol(module.Name.Text, SymbolKind.Module, module.Span, module.Name.Span));
        foreach (var declaration in root.Declarations.Where(d => !d.Name.IsMissing))
        {
            cancellationToken.ThrowIfCancellationRequested();
            symbols.Add(declaration switch
            {
                ResourceDecl r => Symbol(r.Name.Name, SymbolKind.Struct, r.Span, r.Name.Span, "resource",
                    [.. r.Fields.Where(f => !f.Name.IsMissing).Select(f => Symbol(f.Name.Name, SymbolKind.Field, f.Span, f.Name.Span, f.Type.ToString()))]),
                QueryDecl q => Symbol(q.Name.Name, SymbolKind.Function, q.Span, q.Name.Span, Analysis.SymbolDisplay.Signature(q)),
                ActionDecl a => Symbol(a.Name.Name, SymbolKind.Method, a.Span, a.Name.Span, Analysis.SymbolDisplay.Signature(a)),
                PlaybookDecl p => Symbol(p.Name.Name, SymbolKind.Class, p.Span, p.Name.Span, "playbook", Members(p.Members.Cast<SyntaxNode>())),
                SimulationDecl s => Symbol(s.Name.Name, SymbolKind.Object, s.Span, s.Name.Span, $"simulation for {s.Playbook.Name}"),
                _ => Symbol(declaration.Name.Name, SymbolKind.Object, declaration.Span, declaration.Name.Span),
            });
        }
        return symbols;
    }

    private static List<DocumentSymbol> Members(IEnumerable<SyntaxNode> members)
    {
        var symbols = new List<DocumentSymbol>();
        foreach (var member in members)
        {
            switch (member)
            {
                case LetStatement { Name.IsMissing: false } let:
                    symbols.Add(Symbol(let.Name.Name, SymbolKind.Variable, let.Span, let.Name.Span, "let"));
                    break;
                case StepDecl { Name.IsMissing: false } step:
                    symbols.Add(Symbol(step.Name.Name, SymbolKind.Event, step.Span, step.Name.Span, step.Title?.Value ?? "step"));
                    break;
                case VerifyDecl verify:
                    symbols.Add(Symbol("verify", SymbolKind.Key, verify.Span, verify.Span with { Length = 0, EndLine = verify.Span.Line, EndColumn = verify.Span.Column }));
                    break;
                case ChooseDecl choose:
                    symbols.Add(Symbol($"choose by {choose.Policy.Name}", SymbolKind.Namespace, choose.Span, choose.Policy.Span, null,
                        [.. choose.Options.Where(o => !o.Name.IsMissing).Select(o => Symbol(o.Name.Name, SymbolKind.EnumMember, o.Span, o.Name.Span, "option", Members(o.Members.Cast<SyntaxNode>())))]));
                    break;
            }
        }
        return symbols;
    }

    private static DocumentSymbol Symbol(string name, SymbolKind kind, Syntax.Text.SourceSpan span, Syntax.Text.SourceSpan selection, string? detail = null, List<DocumentSymbol>? children = null) =>
        new(name, kind, Positions.ToRange(span), Positions.ToRange(selection), detail, children is { Count: > 0 } ? children : null);
}
