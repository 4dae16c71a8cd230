using System.Collections.Immutable;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

internal sealed partial class SyntaxPrinter
{
    /// <summary>
    /// Prints an expression that stands alone in a member (a let value, an expression statement,
    /// a verify condition, a captured value): only there may a pipeline be broken over lines.
    /// </summary>
    private void PrintTopExpression(Expression expression)
    {
        FlushInline(expression.Span.Start);
        if (_flat || expression is not PipeExpression pipe)
        {
            PrintExpression(expression);
            return;
        }
        var stages = new List<PipeExpression>();
        for (Expression current = pipe; current is PipeExpression stage; current = stage.Source) stages.Add(stage);
        stages.Reverse();
        var brokenInSource = stages.Any(s => s.Argument.Span.Line > s.Source.Span.EndLine);
        // A comment that ends its line (or spans lines) inside the pipeline would break it
        // somewhere arbitrary, and the next run would then see a broken pipeline: break it now.
        var holdsLineBreak = _comments.AnyStartsWithin(pipe.Span.Start, pipe.Span.End, CommentText.EndsTrailingRun);
        if (!brokenInSource && !holdsLineBreak)
        {
            var width = RenderFlat(p => p.PrintExpression(pipe)).Length;
            if (_writer.Column + width <= _options.MaxLineWidth)
            {
                PrintExpression(pipe);
                return;
            }
        }

        PrintExpression(stages[0].Source);
        _writer.IndentLevel++;
        foreach (var stage in stages)
        {
            // Comments before a stage's '|': those on the previous stage's last line stay there,
            // the others go on lines of their own above the stage. Comments after the '|' stay
            // inside the stage.
            var bar = SkipTriviaForwards(stage.Source.Span.End);
            var ownLine = false;
            while (_comments.NextStartsBefore(bar))
            {
                var comment = _comments.Take();
                if (!ownLine && comment.Span.Line == stage.Source.Span.EndLine)
                {
                    WriteInlineComment(comment);
                    ownLine = CommentText.EndsTrailingRun(comment);
                }
                else
                {
                    _writer.WriteOwnLineComment(CommentText.Normalize(comment), comment.Kind == CommentKind.Doc);
                    ownLine = true;
                }
            }
            _writer.EndLine();
            PrintStage(stage);
        }
        _writer.IndentLevel--;
    }

    private void PrintExpression(Expression expression)
    {
        FlushInline(expression.Span.Start);
        switch (expression)
        {
            case IntLiteral literal:
                _writer.Write(literal.Text);
                break;
            case NumberLiteral literal:
                _writer.Write(literal.Text);
                break;
            case DurationLiteral literal:
                _writer.Write(literal.Text);
                break;
            case PercentLiteral literal:
                _writer.Write(literal.Text);
                break;
            case StringLiteral literal:
                _writer.Write(literal.RawText);
                break;
            case BoolLiteral literal:
                _writer.Write(literal.Value ? "true" : "false");
                break;
            case NameExpression name:
                PrintIdentifier(name.Name);
                break;
            case MemberExpression member:
                PrintExpression(member.Target);
                _writer.Write(".");
                PrintIdentifier(member.Member);
                break;
            case IndexExpression index:
                PrintExpression(index.Target);
                _writer.Write("[");
                PrintExpression(index.Index);
                _writer.Write("]");
                break;
            case CallExpression call:
                PrintExpression(call.Callee);
                PrintArguments(call.Arguments);
                break;
            case ListExpression list:
                _writer.Write("[");
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (i > 0) _writer.Write(", ");
                    PrintExpression(list.Items[i]);
                }
                _writer.Write("]");
                break;
            case MapExpression map:
                if (map.Entries.IsEmpty) { _writer.Write("{}"); break; }
                _writer.Write("{ ");
                for (var i = 0; i < map.Entries.Length; i++)
                {
                    if (i > 0) _writer.Write(", ");
                    PrintExpression(map.Entries[i].Key);
                    _writer.Write(": ");
                    PrintExpression(map.Entries[i].Value);
                }
                _writer.Write(" }");
                break;
            case RecordExpression record:
                if (record.Fields.IsEmpty) { _writer.Write("{}"); break; }
                _writer.Write("{ ");
                for (var i = 0; i < record.Fields.Length; i++)
                {
                    if (i > 0) _writer.Write(", ");
                    PrintIdentifier(record.Fields[i].Name);
                    _writer.Write(": ");
                    PrintExpression(record.Fields[i].Value);
                }
                _writer.Write(" }");
                break;
            case UnaryExpression unary:
                _writer.Write(unary.Operator == UnaryOperator.Not ? "not " : "-");
                PrintExpression(unary.Operand);
                break;
            case BinaryExpression binary:
                PrintExpression(binary.Left);
                _writer.Write(" " + LanguageNames.Name(binary.Operator) + " ");
                PrintExpression(binary.Right);
                break;
            case ParenthesizedExpression parenthesized:
                _writer.Write("(");
                PrintExpression(parenthesized.Inner);
                _writer.Write(")");
                break;
            case PipeExpression pipe:
                PrintExpression(pipe.Source);
                _writer.Write(" ");
                PrintStage(pipe);
                break;
            case QuantifierExpression quantifier:
                _writer.Write(quantifier.Kind == QuantifierKind.All ? "all " : "any ");
                PrintIdentifier(quantifier.Variable);
                Keyword(" in ", quantifier.Source);
                Keyword(": ", quantifier.Body);
                break;
            default:
                throw new InvalidOperationException($"no layout for expression {expression.GetType().Name}");
        }
    }

    private void PrintStage(PipeExpression stage)
    {
        _writer.Write(stage.Kind switch
        {
            PipeKind.Where => "| where ",
            PipeKind.Take => "| take ",
            PipeKind.SortBy => "| sort by ",
            PipeKind.Map => "| map ",
            _ => throw new InvalidOperationException($"no layout for pipe stage {stage.Kind}"),
        });
        PrintExpression(stage.Argument);
        if (stage.Direction == SortDirection.Descending) _writer.Write(" desc");
        else if (stage.Direction == SortDirection.Ascending) _writer.Write(" asc");
    }

    private void PrintIdentifier(Identifier identifier)
    {
        FlushInline(identifier.Span.Start);
        _writer.Write(identifier.Name);
    }

    private void PrintQualifiedName(QualifiedName name)
    {
        FlushInline(name.Span.Start);
        _writer.Write(name.Text);
    }

    private void PrintType(TypeRef type)
    {
        FlushInline(type.Span.Start);
        _writer.Write(type.Name.Text);
        if (!type.Arguments.IsEmpty)
        {
            _writer.Write("<");
            for (var i = 0; i < type.Arguments.Length; i++)
            {
                if (i > 0) _writer.Write(", ");
                PrintType(type.Arguments[i]);
            }
            _writer.Write(">");
        }
        if (type.IsOptional) _writer.Write("?");
    }

    /// <summary>Prints <c>(a, name: b)</c>: call arguments and a policy's parameters alike.</summary>
    private void PrintArguments(ImmutableArray<Argument> arguments)
    {
        _writer.Write("(");
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0) _writer.Write(", ");
            var argument = arguments[i];
            FlushInline(argument.Span.Start);
            if (argument.Name is not null)
            {
                PrintIdentifier(argument.Name);
                _writer.Write(": ");
            }
            PrintExpression(argument.Value);
        }
        _writer.Write(")");
    }
}
