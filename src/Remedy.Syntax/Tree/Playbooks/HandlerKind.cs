namespace Remedy.Syntax.Tree;

/// <summary>The outcome an <c>on</c> handler runs on.</summary>
public enum HandlerKind
{
    /// <summary><c>on failure</c>.</summary>
    Failure,
    /// <summary><c>on success</c>.</summary>
    Success,
}
