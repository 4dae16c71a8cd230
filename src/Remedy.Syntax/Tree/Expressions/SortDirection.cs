namespace Remedy.Syntax.Tree;

/// <summary>The direction of a <c>sort by</c> stage, as written.</summary>
public enum SortDirection
{
    /// <summary>No direction written: ascending.</summary>
    Default,
    /// <summary><c>asc</c>.</summary>
    Ascending,
    /// <summary><c>desc</c>.</summary>
    Descending,
}
