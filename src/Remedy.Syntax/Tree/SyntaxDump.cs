using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>
/// Writes a tree as indented text without spans, so two trees can be compared for
/// meaning (the formatter's round-trip test) and a tree can be read in a baseline.
/// </summary>
public static class SyntaxDump
{
    /// <summary>Dumps a node and everything below it.</summary>
    public static string Write(SyntaxNode node)
    {
        var builder = new StringBuilder();
        WriteValue(builder, node, 0);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, object? value, int indent)
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
                WriteNode(builder, value, indent);
                break;
            case IEnumerable items:
                var list = items.Cast<object?>().ToList();
                if (list.Count == 0) { builder.Append("[]"); break; }
                builder.Append('[');
                foreach (var item in list)
                {
                    builder.Append('\n').Append(' ', (indent + 1) * 2);
                    WriteValue(builder, item, indent + 1);
                }
                builder.Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void WriteNode(StringBuilder builder, object node, int indent)
    {
        var type = node.GetType();
        builder.Append(type.Name);
        if (node is Identifier id) { builder.Append(' ').Append(id.Name.Length == 0 ? "<missing>" : id.Name); return; }
        // Only what the node was built from: derived properties would repeat it.
        var constructorParameters = type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters().Select(p => p.Name).ToHashSet() ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.PropertyType == typeof(SourceSpan) || !constructorParameters.Contains(property.Name)) continue;
            builder.Append('\n').Append(' ', (indent + 1) * 2).Append(property.Name).Append(": ");
            WriteValue(builder, property.GetValue(node), indent + 1);
        }
    }
}
