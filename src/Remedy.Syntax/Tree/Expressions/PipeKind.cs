namespace Remedy.Syntax.Tree;

/// <summary>A pipeline stage.</summary>
public enum PipeKind
{
    /// <summary><c>| where cond</c>.</summary>
    Where,
    /// <summary><c>| take n</c>.</summary>
    Take,
    /// <summary><c>| sort by key [asc|desc]</c>.</summary>
    SortBy,
    /// <summary><c>| map expr</c>.</summary>
    Map,
}
