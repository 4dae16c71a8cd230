using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>
/// A node of Remedy's immutable syntax tree. Every node knows its exact span in the source;
/// the tree never holds ANTLR types.
/// </summary>
/// <param name="Span">Where the node is in the source.</param>
public abstract record SyntaxNode(SourceSpan Span)
{
    /// <summary>The node's direct children, in source order.</summary>
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>This node and all its descendants, depth first, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantsAndSelf()
    {
        // A stack of child enumerators rather than a list of children per node: the safety rules
        // and analyses walk every tree on every edit, and the lists were most of their allocations.
        yield return this;
        var stack = new Stack<IEnumerator<SyntaxNode>>();
        stack.Push(ChildNodes().GetEnumerator());
        try
        {
            while (stack.Count > 0)
            {
                var children = stack.Peek();
                if (!children.MoveNext())
                {
                    stack.Pop().Dispose();
                    continue;
                }
                var node = children.Current;
                yield return node;
                stack.Push(node.ChildNodes().GetEnumerator());
            }
        }
        finally
        {
            while (stack.Count > 0) stack.Pop().Dispose();
        }
    }

    /// <summary>The innermost descendant (or this node) whose span contains <paramref name="offset"/>.</summary>
    public SyntaxNode FindNode(int offset)
    {
        var current = this;
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in current.ChildNodes())
            {
                if (child.Span.Length > 0 && child.Span.Contains(offset)) { next = child; break; }
            }
            if (next is null) return current;
            current = next;
        }
    }

    /// <summary>Yields the non-null nodes among <paramref name="nodes"/>, for ChildNodes implementations.</summary>
    protected static IEnumerable<SyntaxNode> Present(params SyntaxNode?[] nodes)
    {
        foreach (var node in nodes)
            if (node is not null) yield return node;
    }
}
