using System.Text.RegularExpressions;
using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.CodeActions;

/// <summary>
/// The mechanical fixes: each takes a diagnostic the client shows and, where the change is
/// certain, returns the edit. Anything that needs a person's judgement (which rollback to call,
/// how large a blast radius is acceptable beyond the computed bound) is left to the person.
/// </summary>
internal static partial class SafetyFixes
{
    public const string IrreversibleReason = "explain why this cannot be undone";

    public static IEnumerable<CodeAction> For(DocumentContext document, LspDiagnostic diagnostic)
    {
        var offset = Positions.ToOffset(document.Text, diagnostic.Range.Start);
        var path = NodePath.At(document.Source.Tree.Root, offset);
        var fixes = new List<CodeAction?>();
        if (DidYouMean().Match(diagnostic.Message) is { Success: true } suggestion && Misspelt(document, diagnostic, suggestion.Groups[1].Value) is { } range)
            fixes.Add(Action($"Change to '{suggestion.Groups[1].Value}'", diagnostic, document.Document.Uri,
                new TextEdit(range, suggestion.Groups[1].Value), preferred: true));
        switch (diagnostic.Code)
        {
            case "RMD1001":
                fixes.Add(AddIrreversible(document, path, diagnostic));
                break;
            case "RMD1004":
                fixes.Add(AddBlastRadius(document, path, diagnostic));
                break;
            case "RMD1007":
                fixes.Add(AddCircuitBreaker(document, path, diagnostic));
                break;
            case "RMD1005" or "RMD1014":
                fixes.Add(AddTake(document, path, diagnostic));
                break;
        }
        return fixes.OfType<CodeAction>();
    }

    /// <summary>
    /// The misspelt word: the diagnostic's range when it is one name, else the name inside it
    /// closest to the suggestion (a range may cover <c>k8s.podz</c> when only <c>podz</c> is wrong).
    /// </summary>
    private static Protocol.Range? Misspelt(DocumentContext document, LspDiagnostic diagnostic, string suggestion)
    {
        var text = document.Text.Text;
        var start = Positions.ToOffset(document.Text, diagnostic.Range.Start);
        var end = Math.Max(start, Positions.ToOffset(document.Text, diagnostic.Range.End));
        var words = WordPattern().Matches(text[start..end]).Where(m => m.Value != suggestion).ToList();
        if (words.Count == 0) return null;
        var best = words.MinBy(m => Syntax.Diagnostics.NameSuggestions.Distance(m.Value, suggestion))!;
        return Positions.ToRange(document.Text, start + best.Index, start + best.Index + best.Length);
    }

    private static CodeAction? AddIrreversible(DocumentContext document, IReadOnlyList<SyntaxNode> path, LspDiagnostic diagnostic)
    {
        var (source, action) = path.OfType<ActionDecl>().LastOrDefault() is { } local
            ? (document.Source, local)
            : path.OfType<CallExpression>().Reverse().Select(c => document.Resolver.ResolveCallee(document.Source, c)).FirstOrDefault(s => s?.Declaration is ActionDecl) is { Source: { } s, Declaration: ActionDecl a }
                ? (s, a)
                : (null, null);
        if (source is null || action is null || source.IsStandardLibrary) return null;
        var edit = InsertBeforeClosingBrace(source, action, $"irreversible \"{IrreversibleReason}\"");
        return Action($"Mark '{action.Name.Name}' irreversible", diagnostic, source.Uri, edit);
    }

    private static CodeAction? AddBlastRadius(DocumentContext document, IReadOnlyList<SyntaxNode> path, LspDiagnostic diagnostic)
    {
        if (Playbook(document, path) is not { } playbook) return null;
        // A bound that only comes from a query's max_results is the size of a whole population,
        // not a limit anyone would choose; then the safest limit, 1, is proposed instead.
        var bound = TargetListBound(document, playbook);
        var title = bound is { } b ? $"Add a blast_radius block (max_targets {b})" : "Add a blast_radius block (max_targets 1; no target list has a `take`)";
        var indent = MemberIndent(document.Source, playbook);
        var text = $"{indent}blast_radius {{\n{indent}    max_targets {bound ?? 1}\n{indent}}}\n";
        return Action(title, diagnostic, document.Document.Uri, InsertAfterSettings(document.Source, playbook, text));
    }

    private static CodeAction? AddCircuitBreaker(DocumentContext document, IReadOnlyList<SyntaxNode> path, LspDiagnostic diagnostic)
    {
        if (Playbook(document, path) is not { } playbook) return null;
        var indent = MemberIndent(document.Source, playbook);
        var text = $"{indent}circuit_breaker {{ trip after 3 failures within 1h; cooldown 30m }}\n";
        return Action("Add a circuit_breaker (trip after 3 failures within 1h)", diagnostic, document.Document.Uri, InsertAfterSettings(document.Source, playbook, text));
    }

    private static CodeAction? AddTake(DocumentContext document, IReadOnlyList<SyntaxNode> path, LspDiagnostic diagnostic)
    {
        var target = path.OfType<LetStatement>().LastOrDefault()?.Value
            ?? path.OfType<ForStatement>().LastOrDefault(f => f.Source.Span.Contains(path[^1].Span.Start))?.Source
            ?? path.OfType<Expression>().FirstOrDefault();
        if (target is null) return null;
        // A loop over a let is bounded where the list is made, so every use of it is bounded too.
        if (target is NameExpression name && document.Resolver.ResolveAt(document.Source, name.Name.Span.Start) is { Declaration: LetStatement let, Source: { } letSource } && letSource.Uri == document.Source.Uri)
            target = let.Value;
        long? count = TakeHint().Match(diagnostic.Message) is { Success: true } hint ? long.Parse(hint.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        count ??= Playbook(document, path) is { } playbook
            ? playbook.Members.OfType<BlastRadiusItem>().SelectMany(b => b.Clauses).OfType<MaxTargetsClause>().FirstOrDefault()?.Count is IntLiteral max ? max.Value : null
            : null;
        count ??= 1;
        var end = Positions.ToPosition(document.Text, target.Span.End);
        return Action($"Add '| take {count}'", diagnostic, document.Document.Uri, new TextEdit(new Protocol.Range(end, end), $" | take {count}"), preferred: true);
    }

    private static PlaybookDecl? Playbook(DocumentContext document, IReadOnlyList<SyntaxNode> path) =>
        path.OfType<PlaybookDecl>().LastOrDefault() ?? document.Source.Tree.Root.Declarations.OfType<PlaybookDecl>().SingleOrDefaultIfMany();

    /// <summary>The largest bound set by a <c>take</c> or a literal list among the playbook's target lists (the sources of its loops).</summary>
    private static long? TargetListBound(DocumentContext document, PlaybookDecl playbook)
    {
        var bounds = playbook.DescendantsAndSelf().OfType<ForStatement>()
            .Select(f => TargetBounds.Of(document.Resolver, document.Source, f.Source))
            .Where(b => b.Bound is not null && !b.Reason.Contains("max_results", StringComparison.Ordinal))
            .Select(b => b.Bound)
            .ToList();
        return bounds.Count == 0 ? null : bounds.Max();
    }

    private static string MemberIndent(ModuleSource source, PlaybookDecl playbook)
    {
        if (playbook.Members.FirstOrDefault() is { } first) return Indentation(source, first.Span.Start);
        return Indentation(source, playbook.Span.Start) + "    ";
    }

    /// <summary>Inserts a line after the playbook's last setting (autonomy, trigger, blast radius...), before its lets and steps.</summary>
    private static TextEdit InsertAfterSettings(ModuleSource source, PlaybookDecl playbook, string lines)
    {
        var settings = playbook.Members.TakeWhile(m => m is TriggerItem or AutonomyItem or PromoteItem or BlastRadiusItem or CircuitBreakerItem or PriorityItem or TargetCooldownItem or RateLimitItem or ApproversClause).ToList();
        var line = settings.Count > 0 ? settings[^1].Span.EndLine : playbook.Name.Span.EndLine;
        var position = new Position(line, 0);
        return new TextEdit(new Protocol.Range(position, position), lines);
    }

    private static TextEdit InsertBeforeClosingBrace(ModuleSource source, SyntaxNode block, string clause)
    {
        var text = source.Tree.Source;
        var brace = block.Span.End - 1;
        var lineStart = text.GetLineStart(text.GetLineColumn(brace).Line);
        var onOwnLine = text.Text.AsSpan(lineStart, brace - lineStart).Trim().Length == 0;
        var indent = Indentation(source, block.Span.Start) + "    ";
        if (onOwnLine)
        {
            var at = Positions.ToPosition(text, lineStart);
            return new TextEdit(new Protocol.Range(at, at), $"{indent}{clause}\n");
        }
        var before = Positions.ToPosition(text, brace);
        return new TextEdit(new Protocol.Range(before, before), $"\n{indent}{clause}\n");
    }

    private static string Indentation(ModuleSource source, int offset)
    {
        var text = source.Tree.Source;
        var lineStart = text.GetLineStart(text.GetLineColumn(offset).Line);
        var end = lineStart;
        while (end < text.Text.Length && text.Text[end] is ' ' or '\t') end++;
        return text.Text[lineStart..end];
    }

    private static CodeAction Action(string title, LspDiagnostic diagnostic, string uri, TextEdit edit, bool preferred = false) =>
        new(title, CodeActionKind.QuickFix, new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = [edit] }), [diagnostic], preferred ? true : null);

    private static T? SingleOrDefaultIfMany<T>(this IEnumerable<T> items) where T : class
    {
        var list = items.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    [GeneratedRegex(@"did you mean '([^']+)'\?")]
    private static partial Regex DidYouMean();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\| take (\d+)")]
    private static partial Regex TakeHint();
}
