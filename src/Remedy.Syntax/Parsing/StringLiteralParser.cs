using System.Collections.Immutable;
using System.Text;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// Splits a string literal into text and <c>${...}</c> parts, resolving escapes and parsing
/// each interpolation as an expression with spans in the enclosing file.
/// </summary>
internal static class StringLiteralParser
{
    public static StringLiteral Parse(string raw, int start, SourceText source, DiagnosticBag diagnostics)
    {
        var parts = ImmutableArray.CreateBuilder<StringPart>();
        var text = new StringBuilder();
        var textStart = start + 1;
        var closed = raw.Length >= 2 && raw[^1] == '"' && !EndsInEscape(raw);
        var end = closed ? raw.Length - 1 : raw.Length;
        var i = 1;

        void FlushText(int at)
        {
            if (text.Length > 0) parts.Add(new StringTextPart(text.ToString(), source.GetSpan(textStart, at)));
            text.Clear();
        }

        while (i < end)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < end)
            {
                var escaped = raw[i + 1];
                switch (escaped)
                {
                    case 'n': text.Append('\n'); break;
                    case 't': text.Append('\t'); break;
                    case 'r': text.Append('\r'); break;
                    case '\\' or '"' or '$': text.Append(escaped); break;
                    default:
                        diagnostics.Add(DiagnosticCatalog.InvalidEscape, source.GetSpan(start + i, start + i + 2), escaped);
                        text.Append(escaped);
                        break;
                }
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < end && raw[i + 1] == '{')
            {
                var close = FindClosingBrace(raw, i + 2, end);
                FlushText(start + i);
                var inner = raw[(i + 2)..close];
                var innerStart = start + i + 2;
                var partEnd = Math.Min(close + 1, end);
                if (close >= end)
                {
                    diagnostics.Add(DiagnosticCatalog.InvalidInterpolation, source.GetSpan(start + i, start + i + 2), "unclosed interpolation; add '}' to end the '${' here");
                }
                if (string.IsNullOrWhiteSpace(inner))
                {
                    if (close < end)
                        diagnostics.Add(DiagnosticCatalog.InvalidInterpolation, source.GetSpan(start + i, start + partEnd), "empty interpolation '${}'; put an expression inside, or write '\\$' for a dollar sign");
                    parts.Add(new StringInterpolationPart(new MissingExpression(source.GetSpan(innerStart, innerStart)), source.GetSpan(start + i, start + partEnd)));
                }
                else
                {
                    var expression = SyntaxParser.ParseEmbeddedExpression(source, diagnostics, innerStart, inner);
                    parts.Add(new StringInterpolationPart(expression, source.GetSpan(start + i, start + partEnd)));
                }
                i = partEnd;
                textStart = start + i;
                continue;
            }
            text.Append(c);
            i++;
        }
        FlushText(start + end);
        return new StringLiteral(parts.ToImmutable(), raw, source.GetSpan(start, start + raw.Length));
    }

    private static bool EndsInEscape(string raw)
    {
        var backslashes = 0;
        for (var i = raw.Length - 2; i >= 1 && raw[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    /// <summary>Finds the '}' that closes an interpolation, skipping nested braces and strings.</summary>
    private static int FindClosingBrace(string raw, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            switch (raw[i])
            {
                case '"':
                    for (i++; i < end && raw[i] != '"'; i++)
                        if (raw[i] == '\\') i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (depth == 0) return i;
                    depth--;
                    break;
            }
        }
        return end;
    }
}
