using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// Prints a syntax tree in the canonical layout, interleaving the file's comments by position.
/// The layout rules are documented on <see cref="Formatter"/>. This part holds the comment and
/// body machinery; the other parts print declarations, members and expressions.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private readonly FormatterOptions _options;
    private readonly SourceText _source;
    private readonly CommentQueue _comments;
    private readonly LayoutWriter _writer;
    // A flat printer renders a construct on one line with no comments, to measure it or to
    // print it when it is kept on one line.
    private readonly bool _flat;
    // The source offset where the last thing placed on lines of its own (a member or a comment)
    // ended; blank lines in the source are detected between it and the next thing.
    private int _lastEnd;

    private SyntaxPrinter(FormatterOptions options, SourceText source, CommentQueue comments, bool flat)
    {
        _options = options;
        _source = source;
        _comments = comments;
        _flat = flat;
        _writer = new LayoutWriter(options.IndentSize);
    }

    /// <summary>Prints the whole file with LF line endings.</summary>
    public static string Print(SyntaxTree tree, FormatterOptions options)
    {
        var printer = new SyntaxPrinter(options, tree.Source, new CommentQueue(tree.Comments), flat: false);
        printer.PrintCompilationUnit(tree.Root);
        if (!printer._comments.IsEmpty)
            throw new InvalidOperationException("a comment was not placed");
        return printer._writer.ToString();
    }

    private string RenderFlat(Action<SyntaxPrinter> print)
    {
        var printer = new SyntaxPrinter(_options, _source, CommentQueue.Empty, flat: true);
        print(printer);
        return printer._writer.ToString().TrimEnd('\n');
    }

    // ---- the file ---------------------------------------------------------------------------

    private void PrintCompilationUnit(CompilationUnit unit)
    {
        var items = new List<(SyntaxNode Node, int Group)>();
        if (unit.Module is not null) items.Add((unit.Module, 0));
        items.AddRange(unit.Imports.Select(i => ((SyntaxNode)i, 1)));
        items.AddRange(unit.Declarations.Select(d => ((SyntaxNode)d, 2)));

        for (var i = 0; i < items.Count; i++)
        {
            var (node, group) = items[i];
            // One blank line between the module, the imports and each declaration; blank lines
            // between imports are kept as written.
            var forceBlank = i > 0 && (group != items[i - 1].Group || group == 2);
            PrintLeadingComments(node.Span.Start, forceBlank, allowBlank: true, blankBeforeTarget: true);
            switch (node)
            {
                case ModuleDecl module:
                    _writer.Write("module ");
                    PrintQualifiedName(module.Name);
                    break;
                case ImportDecl import:
                    _writer.Write("import ");
                    PrintQualifiedName(import.Name);
                    if (import.Alias is not null)
                    {
                        _writer.Write(" as ");
                        PrintIdentifier(import.Alias);
                    }
                    break;
                case Declaration declaration:
                    PrintDeclaration(declaration);
                    break;
            }
            var next = i + 1 < items.Count ? items[i + 1].Node.Span.Start : int.MaxValue;
            PrintTrailingComments(node, next);
        }
        PrintLeadingComments(int.MaxValue, forceBlank: false, allowBlank: items.Count > 0, blankBeforeTarget: false);
    }

    // ---- comments ---------------------------------------------------------------------------

    /// <summary>
    /// Places the comments that start before <paramref name="limit"/> on lines of their own,
    /// keeping one blank line wherever the source had at least one, then starts a fresh line.
    /// </summary>
    /// <param name="limit">The start of the next thing to print.</param>
    /// <param name="forceBlank">Put a blank line before the first comment (or the target).</param>
    /// <param name="allowBlank">Keep a blank line from the source before the first comment (or the target).</param>
    /// <param name="blankBeforeTarget">Whether a blank line may separate the last comment from the target.</param>
    private void PrintLeadingComments(int limit, bool forceBlank, bool allowBlank, bool blankBeforeTarget)
    {
        var first = true;
        while (_comments.NextStartsBefore(limit))
        {
            var comment = _comments.Take();
            if (first ? forceBlank || allowBlank && GapHasBlankLine(comment.Span.Start) : GapHasBlankLine(comment.Span.Start))
                _writer.BlankLine();
            _writer.WriteOwnLineComment(CommentText.Normalize(comment), comment.Kind == CommentKind.Doc);
            _lastEnd = comment.Span.End;
            first = false;
        }
        if (blankBeforeTarget && (first ? forceBlank || allowBlank && GapHasBlankLine(limit) : GapHasBlankLine(limit)))
            _writer.BlankLine();
        _writer.EndLine();
    }

    /// <summary>
    /// After a member: keeps on its line the comments that start inside it (after its last child)
    /// or on its last source line, then ends the line.
    /// </summary>
    private void PrintTrailingComments(SyntaxNode node, int limit)
    {
        _lastEnd = Math.Max(_lastEnd, node.Span.End);
        // A doc comment never trails: it documents what follows it and must stay right before it.
        // After a line comment nothing more fits on the line: later comments go on lines of their own.
        while (_comments.Peek is { Kind: not CommentKind.Doc } comment && comment.Span.Start < limit
               && (comment.Span.Start < node.Span.End || comment.Span.Line == node.Span.EndLine))
        {
            _comments.Take();
            WriteInlineComment(comment);
            _lastEnd = Math.Max(_lastEnd, comment.Span.End);
            if (CommentText.EndsTrailingRun(comment)) break;
        }
        _writer.EndLine();
    }

    /// <summary>Flushes the comments that start before a node about to be printed, on the current line.</summary>
    private void FlushInline(int offset)
    {
        while (_comments.NextStartsBefore(offset)) WriteInlineComment(_comments.Take());
    }

    private void WriteInlineComment(Comment comment) =>
        _writer.WriteInlineComment(CommentText.Normalize(comment), CommentText.EndsLine(comment), comment.Kind == CommentKind.Doc);

    private bool GapHasBlankLine(int next)
    {
        var lineBreaks = 0;
        var end = Math.Min(next, _source.Text.Length);
        for (var i = _lastEnd; i < end; i++)
        {
            var c = _source.Text[i];
            if (c == '\n' || c == '\r' && (i + 1 >= end || _source.Text[i + 1] != '\n')) lineBreaks++;
            if (lineBreaks >= 2) return true;
        }
        return false;
    }

    // ---- braced bodies ------------------------------------------------------------------------

    /// <summary>
    /// Prints <c> { members }</c>. <paramref name="owner"/> is the node whose span ends with the
    /// closing brace. <paramref name="carried"/> are comments from before the header that belong
    /// at the top of the body.
    /// </summary>
    private void PrintBody(SyntaxNode owner, IReadOnlyList<SyntaxNode> members, IReadOnlyList<Comment>? carried = null)
    {
        if (_flat)
        {
            if (members.Count == 0) { _writer.Write(" { }"); return; }
            _writer.Write(" { ");
            for (var i = 0; i < members.Count; i++)
            {
                if (i > 0) _writer.Write(EndsWithBrace(members[i - 1]) ? " " : "; ");
                PrintMember(members[i]);
            }
            _writer.Write(" }");
            return;
        }

        var close = FindCloseBrace(owner);
        var firstStart = members.Count > 0 ? members[0].Span.Start : close;
        if (members.Count == 0 && (carried is null || carried.Count == 0) && !_comments.NextStartsBefore(close))
        {
            _writer.Write(" { }");
            _lastEnd = owner.Span.End;
            return;
        }

        if (members.Count == 0 && (carried is null || carried.Count == 0) && owner.Span.Line == owner.Span.EndLine)
        {
            // An empty body holding only block comments, written on one line, stays so: '{ /* later */ }'.
            var inside = _comments.PeekBefore(close);
            if (inside.All(c => c.Kind == CommentKind.Block && !c.Text.Contains('\n') && c.Span.Start > FindOpenBrace(close)))
            {
                _writer.Write(" {");
                foreach (var _ in inside) WriteInlineComment(_comments.Take());
                _writer.Write("}");
                _lastEnd = owner.Span.End;
                return;
            }
        }

        _writer.Write(" {");
        _writer.IndentLevel++;
        var ownLineStarted = false;
        if (carried is not null)
        {
            foreach (var comment in carried)
            {
                _writer.WriteOwnLineComment(CommentText.Normalize(comment), comment.Kind == CommentKind.Doc);
                _lastEnd = comment.Span.End;
                ownLineStarted = true;
            }
        }
        var brace = FindOpenBrace(firstStart);
        var braceLine = brace >= 0 ? _source.GetLineColumn(brace).Line : owner.Span.Line;
        // Comments written after the '{' stay after it, except a doc comment, which may document
        // the first member and so must keep its own line (and any blank line after it).
        while (!ownLineStarted && _comments.Peek is { Kind: not CommentKind.Doc } comment && comment.Span.Start < firstStart && comment.Span.Line == braceLine)
        {
            _comments.Take();
            WriteInlineComment(comment);
            _lastEnd = comment.Span.End;
            ownLineStarted = CommentText.EndsTrailingRun(comment);
        }
        _writer.EndLine();

        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            PrintLeadingComments(member.Span.Start, forceBlank: false, allowBlank: i > 0, blankBeforeTarget: true);
            PrintMember(member);
            var next = i + 1 < members.Count ? members[i + 1] : null;
            if (next is not null && SemicolonRules.Needed(member, next)) _writer.Write(";");
            PrintTrailingComments(member, next?.Span.Start ?? close);
        }
        PrintLeadingComments(close, forceBlank: false, allowBlank: members.Count > 0, blankBeforeTarget: false);
        _writer.IndentLevel--;
        _writer.Write("}");
        _lastEnd = owner.Span.End;
    }

    /// <summary>
    /// The offset of the '}' that closes <paramref name="owner"/>'s body: its last character, or
    /// the one before an optional ';' that the grammar lets follow a block.
    /// </summary>
    private int FindCloseBrace(SyntaxNode owner)
    {
        var last = owner.Span.End - 1;
        if (last < 0 || last >= _source.Text.Length || _source.Text[last] != ';') return last;
        var brace = SkipTriviaBackwards(last);
        return brace >= 0 && _source.Text[brace] == '}' ? brace : last;
    }

    /// <summary>The offset of the '{' before <paramref name="offset"/>, skipping whitespace and comments; -1 if not found.</summary>
    private int FindOpenBrace(int offset)
    {
        var p = SkipTriviaBackwards(offset);
        return p >= 0 && _source.Text[p] == '{' ? p : -1;
    }

    /// <summary>The offset of the first character at or after <paramref name="offset"/> that is neither whitespace nor in a comment.</summary>
    private int SkipTriviaForwards(int offset)
    {
        var text = _source.Text;
        var p = Math.Max(offset, 0);
        while (p < text.Length)
        {
            if (char.IsWhiteSpace(text[p])) { p++; continue; }
            if (_comments.StartingAt(p) is { } comment) { p = comment.Span.End; continue; }
            return p;
        }
        return text.Length;
    }

    /// <summary>The offset of the last character before <paramref name="offset"/> that is neither whitespace nor in a comment; -1 if none.</summary>
    private int SkipTriviaBackwards(int offset)
    {
        var text = _source.Text;
        var p = Math.Min(offset, text.Length) - 1;
        while (p >= 0)
        {
            if (char.IsWhiteSpace(text[p])) { p--; continue; }
            if (_comments.EndingAt(p + 1) is { } comment) { p = comment.Span.Start - 1; continue; }
            return p;
        }
        return -1;
    }

    /// <summary>
    /// Prints a nested construct with a body on one line when it was on one line in the source,
    /// holds no comment and still fits; returns false when it must be laid out over several lines.
    /// </summary>
    private bool TryPrintOnOneLine(SyntaxNode construct)
    {
        if (_flat) return false;
        if (construct.Span.Line != construct.Span.EndLine) return false;
        if (_comments.AnyStartsWithin(construct.Span.Start, construct.Span.End)) return false;
        var text = RenderFlat(p => p.PrintMember(construct));
        if (text.Contains('\n') || _writer.Column + text.Length > _options.MaxLineWidth) return false;
        _writer.Write(text);
        _lastEnd = construct.Span.End;
        return true;
    }

    private static bool EndsWithBrace(SyntaxNode member) => member is ForStatement or IfStatement or StepDecl or VerifyDecl
        or ChooseDecl or OptionDecl or HandlerDecl or BlastRadiusItem or CircuitBreakerItem;
}
