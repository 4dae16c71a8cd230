namespace Remedy.Compiler.Lowering;

/// <summary>The pipeline stages.</summary>
public enum IrPipeKind
{
    /// <summary><c>| where c</c>.</summary>
    Where,

    /// <summary><c>| take n</c>.</summary>
    Take,

    /// <summary><c>| sort by k</c>.</summary>
    SortBy,

    /// <summary><c>| map e</c>.</summary>
    Map,
}
