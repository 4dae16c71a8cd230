namespace Remedy.Syntax.Tree;

/// <summary>A prefix operator.</summary>
public enum UnaryOperator
{
    /// <summary><c>not</c>.</summary>
    Not,
    /// <summary><c>-</c>.</summary>
    Negate,
}
