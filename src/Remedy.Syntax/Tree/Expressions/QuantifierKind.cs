namespace Remedy.Syntax.Tree;

/// <summary>Which quantifier a <see cref="QuantifierExpression"/> is.</summary>
public enum QuantifierKind
{
    /// <summary><c>all x in xs: e</c>.</summary>
    All,
    /// <summary><c>any x in xs: e</c>.</summary>
    Any,
}
