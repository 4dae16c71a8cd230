using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.Completion;

/// <summary>
/// Works out what fits at the cursor, reading the text just before it (a file being typed
/// rarely parses) and the tree around it: members after a dot, enumeration words after their
/// keyword, named arguments inside a call, pipe stages after <c>|</c>, and otherwise the
/// keywords of the enclosing block with the names in scope.
/// </summary>
internal sealed partial class CompletionBuilder(DocumentContext document, int offset)
{
    private readonly string _text = document.Text.Text;
    private readonly List<CompletionItem> _items = [];
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

    public IReadOnlyList<CompletionItem> Build()
    {
        var wordStart = offset;
        while (wordStart > 0 && IsNameCharacter(_text[wordStart - 1])) wordStart--;
        var path = NodePath.At(document.Source.Tree.Root, wordStart > 0 ? wordStart - 1 : 0);
        if (InComment(wordStart) || InString(path, wordStart)) return [];

        if (wordStart > 0 && _text[wordStart - 1] == '.')
        {
            AddMembers(path, wordStart - 1);
            return _items;
        }
        var (previous, beforePrevious) = PreviousWords(wordStart);
        if (AddAfterKeyword(previous, beforePrevious, wordStart)) return _items;
        if (CompletionKeywords.Declaring.Contains(previous)) return [];
        if (PreviousCharacter(wordStart) == '|')
        {
            foreach (var stage in CompletionKeywords.Pipe) AddKeyword(stage == "sort" ? "sort by" : stage, CompletionRank.Contextual);
            return _items;
        }

        if (AddPolicyParameters(wordStart)) return _items;
        AddNamedArguments(path, wordStart);
        AddForContainer(path, wordStart);
        return _items;
    }

    private bool AddAfterKeyword(string previous, string beforePrevious, int wordStart)
    {
        var line = LineBefore(wordStart);
        IReadOnlyList<string>? values = previous switch
        {
            "autonomy" => LanguageNames.AutonomyLevels,
            "to" when beforePrevious == "promote" => LanguageNames.AutonomyLevels,
            "effect" => LanguageNames.Effects,
            "risk" => LanguageNames.Risks,
            "by" when line.TrimStart().StartsWith("choose", StringComparison.Ordinal) => LanguageNames.Policies,
            _ => null,
        };
        if (values is not null)
        {
            for (var i = 0; i < values.Count; i++)
                Add(new CompletionItem(values[i], CompletionItemKind.EnumMember, Describe(previous), SortText: $"{CompletionRank.Contextual}{i}"));
            return true;
        }
        switch (previous)
        {
            case "import":
                foreach (var module in document.Modules.All.Select(s => s.ModuleName).Where(m => m.Length > 0 && m != document.Source.ModuleName).Distinct().Order(StringComparer.Ordinal))
                    Add(new CompletionItem(module, CompletionItemKind.Module, "module", SortText: CompletionRank.Contextual + module));
                return true;
            case "trigger":
                AddKeyword("alert", CompletionRank.Contextual);
                AddKeyword("resolved", CompletionRank.Contextual);
                return true;
            case "on" when line.Trim() == "on":
                AddKeyword("failure", CompletionRank.Contextual);
                AddKeyword("success", CompletionRank.Contextual);
                return true;
            case "promote":
                AddKeyword("to", CompletionRank.Contextual);
                return true;
            default:
                return false;
        }
    }

    private static string Describe(string keyword) => keyword switch
    {
        "autonomy" or "to" => "autonomy level",
        "effect" => "effect",
        "risk" => "risk level",
        _ => "learning policy",
    };

    private void AddMembers(ImmutableArray<SyntaxNode> path, int dot)
    {
        var segments = new List<string>();
        var end = dot;
        while (true)
        {
            var start = end;
            while (start > 0 && IsNameCharacter(_text[start - 1])) start--;
            if (start == end) return;
            segments.Insert(0, _text[start..end]);
            if (start > 0 && _text[start - 1] == '.') end = start - 1;
            else break;
        }
        var resolver = document.Resolver;
        var first = resolver.VisibleNames(document.Source, path, dot).FirstOrDefault(s => s.Name == segments[0]);
        if (first is null && segments[0] == "it") first = NearestIt(dot);
        if (first is null) return;
        if (first.Category == SymbolCategory.Module)
        {
            if (segments.Count == 1) AddModuleMembers(first.Source?.ModuleName ?? first.Name, segments[0]);
            return;
        }
        var type = resolver.TypeOfSymbol(first);
        foreach (var segment in segments.Skip(1))
        {
            type = type switch
            {
                { IsAlert: true } => AlertFields.All.FirstOrDefault(f => f.Name == segment) is { Type: { } t } ? InferredType.Named(t) : null,
                { Resource: { } r, ResourceSource: { } s } => r.Fields.FirstOrDefault(f => f.Name.Name == segment) is { } field ? resolver.FromTypeRef(s, field.Type) : null,
                _ => null,
            };
        }
        if (type is { IsAlert: true })
        {
            foreach (var (name, fieldType, doc) in AlertFields.All)
                Add(new CompletionItem(name, CompletionItemKind.Field, fieldType, new MarkupContent(MarkupKind.Markdown, doc), CompletionRank.Contextual + name));
        }
        else if (type?.Resource is { } resource)
        {
            foreach (var field in resource.Fields.Where(f => !f.Name.IsMissing))
                Add(new CompletionItem(field.Name.Name, CompletionItemKind.Field, field.Type.ToString(),
                    field.Doc is { } doc ? new MarkupContent(MarkupKind.Markdown, doc.Text.Trim()) : null, CompletionRank.Contextual + field.Name.Name));
        }
    }

    /// <summary>The <c>it</c> of the pipe stage being typed, when the half-typed stage did not parse into the pipe.</summary>
    private Symbol? NearestIt(int dot) =>
        document.Source.Tree.Root.DescendantsAndSelf().OfType<PipeExpression>().Where(p => p.Span.Start < dot)
            .OrderByDescending(p => p.Span.Start).Select(p => new Symbol(SymbolCategory.It, "it", document.Source, p, p.Span)).FirstOrDefault();

    private void AddModuleMembers(string module, string qualifier)
    {
        foreach (var (_, declaration) in document.Modules.Declarations(module))
        {
            var kind = declaration switch
            {
                ActionDecl => CompletionItemKind.Method,
                QueryDecl => CompletionItemKind.Function,
                ResourceDecl => CompletionItemKind.Struct,
                _ => (CompletionItemKind?)null,
            };
            if (kind is null) continue;
            var doc = declaration.Doc?.Text.Trim() ?? "";
            if (declaration is ActionDecl action) doc = (doc + "\n\n" + SymbolDisplay.ActionFacts(action)).Trim();
            var parameters = declaration switch
            {
                ActionDecl a => $"({SymbolDisplay.Parameters(a.Parameters)})",
                QueryDecl q => $"({SymbolDisplay.Parameters(q.Parameters)})" + (q.ReturnType is { } r ? $" -> {r}" : ""),
                _ => null,
            };
            // Queries first: a playbook reads before it acts, and read-only calls are the safe default.
            var rank = declaration is ResourceDecl ? CompletionRank.Module : CompletionRank.Contextual + (declaration is QueryDecl ? "0" : "1");
            Add(new CompletionItem(declaration.Name.Name, kind.Value, SymbolDisplay.Signature(declaration, qualifier),
                doc.Length > 0 ? new MarkupContent(MarkupKind.Markdown, doc) : null, rank + declaration.Name.Name,
                LabelDetails: new CompletionItemLabelDetails(parameters, module)));
        }
    }

    /// <summary>
    /// Inside <c>choose remedy by policy(</c>, where a parameter name goes (after the parenthesis or a comma): the
    /// policy's parameters not written yet. Read from the text, as the parenthesis is usually still open.
    /// </summary>
    private bool AddPolicyParameters(int wordStart)
    {
        var match = PolicyParameterContext.Match(LineBefore(wordStart));
        if (!match.Success || LanguageNames.ParsePolicy(match.Groups["policy"].Value) is not { } policy) return false;
        if (PreviousCharacter(wordStart) is not ('(' or ',')) return true;
        var given = WrittenParameter.Matches(match.Groups["written"].Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in PolicyParameters.For(policy).Where(p => !given.Contains(p.Name)))
            Add(new CompletionItem(parameter.Name + ":", CompletionItemKind.Field, parameter.Describe(),
                new MarkupContent(MarkupKind.Markdown, $"{parameter.Meaning}\n\nDefault `{parameter.Default}`."),
                CompletionRank.Contextual + parameter.Name, FilterText: parameter.Name, InsertText: parameter.Name + ": "));
        return true;
    }

    // "choose remedy by thompson(prior: [1, 1], " up to the cursor: the parenthesis still open.
    [GeneratedRegex(@"\bchoose\s+remedy\s+by\s+(?<policy>\w+)\s*\((?<written>[^()]*)$")]
    private static partial Regex PolicyParameterContext { get; }

    [GeneratedRegex(@"(\w+)\s*:")]
    private static partial Regex WrittenParameter { get; }

    private void AddNamedArguments(ImmutableArray<SyntaxNode> path, int wordStart)
    {
        var call = path.OfType<CallExpression>().LastOrDefault(c => wordStart > c.Callee.Span.End && (wordStart < c.Span.End || _text[c.Span.End - 1] != ')'));
        var callee = call is null ? UnclosedCall.Find(document, wordStart)?.Callee : document.Resolver.ResolveCallee(document.Source, call);
        if (callee is null) return;
        var given = (call?.Arguments ?? []).Where(a => a.Name is not null).Select(a => a.Name!.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in SymbolResolver.Parameters(callee).Where(p => !p.Name.IsMissing && !given.Contains(p.Name.Name)))
            Add(new CompletionItem(parameter.Name.Name + ":", CompletionItemKind.Field, SymbolDisplay.Parameter(parameter),
                SortText: CompletionRank.Contextual + parameter.Name.Name, FilterText: parameter.Name.Name, InsertText: parameter.Name.Name + ": "));
    }

    private void AddForContainer(ImmutableArray<SyntaxNode> path, int wordStart)
    {
        var atLineStart = LineBefore(wordStart).Trim().Length == 0 || PreviousCharacter(wordStart) is '{' or ';';
        var container = path.Reverse().FirstOrDefault(n => n is BlastRadiusItem or CircuitBreakerItem or ActionDecl or QueryDecl or ResourceDecl or SimulationDecl
            or VerifyDecl or StepDecl or Block or OptionDecl or ChooseDecl or PlaybookDecl or CallExpression or ListExpression or LetStatement or TriggerItem or RequireStatement);
        switch (container)
        {
            case null or CompilationUnit:
                if (!atLineStart) return;
                AddKeywords(CompletionKeywords.TopLevel);
                Add(CompletionSnippets.Playbook);
                return;
            case BlastRadiusItem when atLineStart: AddKeywords(CompletionKeywords.BlastRadius, CompletionRank.Contextual); return;
            case CircuitBreakerItem when atLineStart: AddKeywords(CompletionKeywords.CircuitBreaker, CompletionRank.Contextual); return;
            case ActionDecl when atLineStart: AddKeywords(CompletionKeywords.Action, CompletionRank.Contextual); return;
            case QueryDecl when atLineStart: AddKeywords(CompletionKeywords.Query, CompletionRank.Contextual); return;
            case SimulationDecl when atLineStart: AddKeywords(CompletionKeywords.Simulation, CompletionRank.Contextual); return;
            case ResourceDecl:
                if (PreviousCharacter(wordStart) == ':') AddKeywords(CompletionKeywords.Types, CompletionRank.Contextual);
                return;
            case ChooseDecl when atLineStart: Add(CompletionSnippets.Option); AddKeyword("option"); return;
            case StepDecl when atLineStart: AddKeywords(CompletionKeywords.Step); break;
            case Block when atLineStart:
                AddKeywords(path.Any(n => n is HandlerDecl) ? CompletionKeywords.Handler.Concat(CompletionKeywords.Statement) : CompletionKeywords.Statement);
                break;
            case OptionDecl when atLineStart:
                AddKeywords(CompletionKeywords.Option);
                Add(CompletionSnippets.Step);
                Add(CompletionSnippets.Verify);
                return;
            case PlaybookDecl when atLineStart:
                AddKeywords(CompletionKeywords.Playbook);
                Add(CompletionSnippets.Step);
                Add(CompletionSnippets.Verify);
                Add(CompletionSnippets.Choose);
                return;
        }
        if (!atLineStart) AddKeywords(CompletionKeywords.Expression);
        AddNames(path, wordStart);
    }

    private void AddNames(ImmutableArray<SyntaxNode> path, int wordStart)
    {
        foreach (var symbol in document.Resolver.VisibleNames(document.Source, path, wordStart))
        {
            var (kind, rank) = symbol.Category switch
            {
                SymbolCategory.Module => (CompletionItemKind.Module, CompletionRank.Module),
                SymbolCategory.Query => (CompletionItemKind.Function, CompletionRank.Module),
                SymbolCategory.Action => (CompletionItemKind.Method, CompletionRank.Module),
                SymbolCategory.Resource or SymbolCategory.Playbook or SymbolCategory.Simulation => ((CompletionItemKind)0, ""),
                SymbolCategory.Parameter => (CompletionItemKind.Variable, CompletionRank.Local),
                _ => (CompletionItemKind.Variable, CompletionRank.Local),
            };
            if (rank.Length == 0) continue;
            var detail = symbol.Category == SymbolCategory.Module ? $"module {symbol.Source?.ModuleName ?? symbol.Name}"
                : symbol.Declaration is Declaration d ? SymbolDisplay.Signature(d)
                : document.Resolver.TypeOfSymbol(symbol)?.Display;
            Add(new CompletionItem(symbol.Name, kind, detail, SortText: rank + symbol.Name));
        }
    }

    private void AddKeywords(IEnumerable<string> keywords, string rank = CompletionRank.Keyword)
    {
        foreach (var keyword in keywords) AddKeyword(keyword, rank);
    }

    private void AddKeyword(string keyword, string rank = CompletionRank.Keyword) =>
        Add(new CompletionItem(keyword, CompletionItemKind.Keyword, SortText: rank + keyword));

    private void Add(CompletionItem item)
    {
        // A keyword and the snippet of the same word are both useful; two proposals of the same kind are not.
        if (_labels.Add($"{item.Label}\u0000{item.Kind}")) _items.Add(item);
    }

    private (string Previous, string BeforePrevious) PreviousWords(int wordStart)
    {
        var previous = WordBefore(wordStart, out var previousStart);
        var beforePrevious = previous.Length > 0 ? WordBefore(previousStart, out _) : "";
        return (previous, beforePrevious);
    }

    /// <summary>The word that ends just before <paramref name="position"/> on the same line, skipping spaces.</summary>
    private string WordBefore(int position, out int start)
    {
        var end = position;
        while (end > 0 && _text[end - 1] is ' ' or '\t') end--;
        start = end;
        while (start > 0 && IsNameCharacter(_text[start - 1])) start--;
        return _text[start..end];
    }

    private char PreviousCharacter(int position)
    {
        while (position > 0 && _text[position - 1] is ' ' or '\t') position--;
        return position > 0 ? _text[position - 1] : '\0';
    }

    private string LineBefore(int position)
    {
        var lineStart = position;
        while (lineStart > 0 && _text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        return _text[lineStart..position];
    }

    private bool InComment(int position) =>
        document.Source.Tree.Comments.Any(c => position > c.Span.Start && (position < c.Span.End || (c.Kind != CommentKind.Block && position == c.Span.End)));

    private static bool InString(ImmutableArray<SyntaxNode> path, int position) =>
        path.Length > 0 && path[^1] is StringLiteral or StringTextPart && path[^1].Span.Start < position && position < path[^1].Span.End;

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
