using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>
/// Writes a tree as indented text, by default without spans, so two trees can be compared for
/// meaning (the formatter's round-trip test) and a tree can be read in a baseline; with spans,
/// so two parses can be compared exactly (the incremental parser's differential test).
/// </summary>
public static class SyntaxDump
{
    /// <summary>Dumps a node and everything below it.</summary>
    /// <param name="node">The node.</param>
    /// <param name="includeSpans">Whether to write every node's span (offset, length, line:column-line:column).</param>
    public static string Write(SyntaxNode node, bool includeSpans = false)
    {
        var builder = new StringBuilder();
        WriteValue(builder, node, 0, includeSpans);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, object? value, int indent, bool spans)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t")).Append('"');
                break;
            case IFormattable f when value is not SyntaxNode:
                builder.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case SyntaxNode or DocComment:
                WriteNode(builder, value, indent, spans);
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                if (list.Count == 0) { builder.Append("[]"); break; }
                builder.Append('[');
                foreach (var item in list)
                {
                    builder.Append('\n').Append(' ', (indent + 1) * 2);
                    WriteValue(builder, item, indent + 1, spans);
                }
                builder.Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void WriteNode(StringBuilder builder, object node, int indent, bool spans)
    {
        var type = node.GetType();
        builder.Append(type.Name);
        if (spans && type.GetProperty("Span")?.GetValue(node) is SourceSpan span)
            builder.Append(CultureInfo.InvariantCulture, $" @{span.Start}+{span.Length} {span.Line}:{span.Column}-{span.EndLine}:{span.EndColumn}");
        if (node is Identifier id) { builder.Append(' ').Append(id.Name.Length == 0 ? "<missing>" : id.Name); return; }
        // Only what the node was built from: derived properties would repeat it.
        var constructorParameters = type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters().Select(p => p.Name).ToHashSet() ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.PropertyType == typeof(SourceSpan) || !constructorParameters.Contains(property.Name)) continue;
            builder.Append('\n').Append(' ', (indent + 1) * 2).Append(property.Name).Append(": ");
            WriteValue(builder, property.GetValue(node), indent + 1, spans);
        }
    }
}
