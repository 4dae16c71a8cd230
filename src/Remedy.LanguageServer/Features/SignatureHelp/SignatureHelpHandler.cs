using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.SignatureHelp;

/// <summary><c>textDocument/signatureHelp</c>: the signature of the action or query whose parentheses hold the cursor, with the current parameter.</summary>
internal sealed class SignatureHelpHandler : RequestHandler<TextDocumentPositionParams, Protocol.SignatureHelp>
{
    public override string Method => LspMethods.SignatureHelp;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        SignatureHelpProvider = new SignatureHelpOptions(["(", ","], [")"]),
    };

    protected override Protocol.SignatureHelp? Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var offset = document.OffsetOf(parameters.Position);
        var text = document.Text.Text;
        var call = NodePath.At(document.Source.Tree.Root, offset).OfType<CallExpression>()
            .LastOrDefault(c => offset > c.Callee.Span.End && (offset < c.Span.End || text[c.Span.End - 1] != ')'));
        if (call is null)
            return UnclosedCall.Find(document, offset) is { } unclosed ? Help(unclosed.Callee, ActiveParameter(unclosed.OpenParen, [], SymbolResolver.Parameters(unclosed.Callee), text, offset)) : null;
        if (call.Callee is NameExpression { Name.Name: "count" })
            return new Protocol.SignatureHelp([new SignatureInformation("count(items: list<T>) -> int", [new ParameterInformation("items: list<T>")],
                new MarkupContent(MarkupKind.Markdown, "The number of items in a list."))], 0, 0);
        if (document.Resolver.ResolveCallee(document.Source, call) is not { Declaration: ActionDecl or QueryDecl } callee) return null;
        return Help(callee, ActiveParameter(call.Callee.Span.End, call.Arguments, SymbolResolver.Parameters(callee), text, offset));
    }

    private static Protocol.SignatureHelp Help(Symbol callee, int activeParameter)
    {
        var declaration = (Declaration)callee.Declaration!;
        var parameterInfos = SymbolResolver.Parameters(callee).Select(p => new ParameterInformation(SymbolDisplay.Parameter(p))).ToList();
        var doc = declaration.Doc?.Text.Trim() + (declaration is ActionDecl action ? "\n\n" + SymbolDisplay.ActionFacts(action) : "");
        var signature = new SignatureInformation(SymbolDisplay.Signature(declaration), parameterInfos, new MarkupContent(MarkupKind.Markdown, doc.Trim()));
        return new Protocol.SignatureHelp([signature], 0, activeParameter);
    }

    private static int ActiveParameter(int calleeEnd, IReadOnlyList<Argument> arguments, IReadOnlyList<Parameter> declared, string text, int offset)
    {
        if (arguments.FirstOrDefault(a => a.Span.Contains(offset)) is { Name: { } named })
        {
            var index = declared.ToList().FindIndex(p => p.Name.Name == named.Name);
            if (index >= 0) return index;
        }
        // Count the commas at the call's own nesting level: right while the argument being typed does not parse yet.
        var depth = 0;
        var commas = 0;
        var inString = false;
        for (var i = calleeEnd; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case ',' when depth == 1: commas++; break;
            }
        }
        return Math.Min(commas, Math.Max(0, declared.Count - 1));
    }
}
