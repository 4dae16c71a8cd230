using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;
using L = Remedy.LanguageServer.Features.SemanticTokens.SemanticTokenLegend;

namespace Remedy.LanguageServer.Features.SemanticTokens;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>: names classified by what they resolve to (modules,
/// resources, queries, actions, parameters, lets, fields, enumeration words), plus literals and
/// comments. Keywords are left to the TextMate grammar, which already colours them.
/// </summary>
internal sealed class SemanticTokensHandler : RequestHandler<DocumentParams, Protocol.SemanticTokens>
{
    public override string Method => LspMethods.SemanticTokensFull;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        SemanticTokensProvider = new SemanticTokensOptions(L.Legend, true),
    };

    protected override Protocol.SemanticTokens Handle(DocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var tokens = new List<(int Start, int Length, int Type, int Modifiers)>();
        foreach (var comment in document.Source.Tree.Comments) tokens.Add((comment.Span.Start, comment.Span.Length, L.Comment, 0));
        Collect(document, document.Source.Tree.Root, null, tokens, cancellationToken);
        return new Protocol.SemanticTokens(Encode(document.Text, tokens));
    }

    private static void Collect(DocumentContext document, SyntaxNode node, SyntaxNode? parent, List<(int, int, int, int)> tokens, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (node)
        {
            case Identifier id when !id.IsMissing && Classify(document, id, parent) is { } kind:
                tokens.Add((id.Span.Start, id.Span.Length, kind.Type, kind.Modifiers));
                break;
            case QualifiedName name:
                // Module names in module and import lines; type names everywhere else.
                var nameType = parent is ModuleDecl or ImportDecl ? L.Namespace : L.Type;
                foreach (var part in name.Parts.Where(p => !p.IsMissing)) tokens.Add((part.Span.Start, part.Span.Length, nameType, 0));
                return;
            case StringLiteral s:
                if (s.IsConstant) tokens.Add((s.Span.Start, s.Span.Length, L.String, 0));
                else foreach (var part in s.Parts.OfType<StringTextPart>()) tokens.Add((part.Span.Start, part.Span.Length, L.String, 0));
                break;
            case IntLiteral or NumberLiteral or DurationLiteral or PercentLiteral:
                tokens.Add((node.Span.Start, node.Span.Length, L.Number, 0));
                break;
        }
        foreach (var child in node.ChildNodes()) Collect(document, child, node, tokens, cancellationToken);
    }

    private static (int Type, int Modifiers)? Classify(DocumentContext document, Identifier id, SyntaxNode? parent)
    {
        switch (parent)
        {
            case QualifiedName: return null;
            case AutonomyItem or PromoteItem or EffectClause or RiskClause or ChooseDecl: return (L.EnumMember, 0);
            case ResourceDecl: return (L.Type, L.Declaration);
            case QueryDecl: return (L.Function, L.Declaration);
            case ActionDecl: return (L.Method, L.Declaration);
            case PlaybookDecl or SimulationDecl: return (L.Class, L.Declaration);
            case FieldDecl: return (L.Property, L.Declaration);
            case Parameter: return (L.Parameter, L.Declaration);
            case LetStatement or ForStatement or QuantifierExpression or CaptureClause: return (L.Variable, L.Declaration);
            case StepDecl: return (L.Event, L.Declaration);
            case OptionDecl: return (L.EnumMember, L.Declaration);
            case Argument: return (L.Parameter, 0);
            case ScopeClause or RecordField: return (L.Property, 0);
        }
        var symbol = document.Resolver.ResolveAt(document.Source, id.Span.Start);
        var library = symbol?.Source?.IsStandardLibrary == true ? L.DefaultLibrary : 0;
        return symbol?.Category switch
        {
            SymbolCategory.Module => (L.Namespace, library),
            SymbolCategory.Resource => (L.Type, library),
            SymbolCategory.Query => (L.Function, library),
            SymbolCategory.Action => (L.Method, library),
            SymbolCategory.Parameter => (L.Parameter, 0),
            SymbolCategory.Let or SymbolCategory.LoopVariable or SymbolCategory.Capture => (L.Variable, 0),
            SymbolCategory.Alert or SymbolCategory.It => (L.Variable, L.DefaultLibrary),
            SymbolCategory.Field or SymbolCategory.AlertField => (L.Property, library),
            SymbolCategory.Playbook or SymbolCategory.Simulation => (L.Class, 0),
            SymbolCategory.Option => (L.EnumMember, 0),
            _ => parent is MemberExpression ? (L.Property, 0) : null,
        };
    }

    /// <summary>Encodes tokens as the protocol wants: sorted, non-overlapping, single-line, each relative to the one before.</summary>
    private static List<int> Encode(SourceText text, List<(int Start, int Length, int Type, int Modifiers)> tokens)
    {
        var data = new List<int>(tokens.Count * 5);
        var previousLine = 0;
        var previousCharacter = 0;
        var covered = 0;
        foreach (var token in tokens.OrderBy(t => t.Start).ThenByDescending(t => t.Length))
        {
            if (token.Start < covered || token.Length <= 0) continue;
            covered = token.Start + token.Length;
            var start = token.Start;
            while (start < covered)
            {
                var (line, column) = text.GetLineColumn(start);
                var lineEnd = line < text.LineCount ? text.GetLineStart(line + 1) : text.Text.Length;
                var end = Math.Min(covered, lineEnd);
                var length = end - start;
                while (length > 0 && text.Text[start + length - 1] is '\n' or '\r') length--;
                if (length > 0)
                {
                    var deltaLine = line - 1 - previousLine;
                    var deltaCharacter = deltaLine == 0 ? column - 1 - previousCharacter : column - 1;
                    data.AddRange([deltaLine, deltaCharacter, length, token.Type, token.Modifiers]);
                    previousLine = line - 1;
                    previousCharacter = column - 1;
                }
                if (end == start) break;
                start = end;
            }
        }
        return data;
    }
}
