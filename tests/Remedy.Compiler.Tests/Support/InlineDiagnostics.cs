using System.Text;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Tests.Support;

/// <summary>
/// Writes diagnostics into a copy of the source: under each offending line, a comment line
/// whose carets sit under the span, followed by the severity, code and message.
/// </summary>
public static class InlineDiagnostics
{
    public static string Annotate(string source, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var byLine = diagnostics.GroupBy(d => d.Span.Line).ToDictionary(g => g.Key, g => g.OrderBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList());
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            output.Append(line).Append('\n');
            if (!byLine.TryGetValue(i + 1, out var list)) continue;
            foreach (var d in list)
            {
                var column = Math.Max(1, d.Span.Column);
                var end = d.Span.EndLine == d.Span.Line ? d.Span.EndColumn : line.Length + 1;
                var width = Math.Max(1, end - column);
                var prefix = column - 1 >= 3 ? "//" + new string(' ', column - 3) : "// ";
                output.Append(prefix).Append('^', width).Append(' ')
                    .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
            }
        }
        return output.ToString();
    }
}
