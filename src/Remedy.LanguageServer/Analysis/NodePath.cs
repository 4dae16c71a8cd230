using System.Collections.Immutable;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>The chain of nodes from the root down to the innermost node at an offset; the tree has no parent links, so features walk this instead.</summary>
internal static class NodePath
{
    public static ImmutableArray<SyntaxNode> At(SyntaxNode root, int offset)
    {
        var path = ImmutableArray.CreateBuilder<SyntaxNode>();
        var current = root;
        path.Add(current);
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in current.ChildNodes())
            {
                if (child.Span.Length > 0 && child.Span.Contains(offset))
                {
                    next = child;
                    // Prefer a child that starts exactly here over one that merely ends here, so a caret between `a` and `.b` picks `.b`'s side only when it must.
                    if (child.Span.End != offset) break;
                }
            }
            if (next is null) return path.ToImmutable();
            path.Add(next);
            current = next;
        }
    }
}
