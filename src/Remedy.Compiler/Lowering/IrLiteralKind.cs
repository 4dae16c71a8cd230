namespace Remedy.Compiler.Lowering;

/// <summary>The kinds of literal values.</summary>
public enum IrLiteralKind
{
    /// <summary>A 64-bit integer.</summary>
    Int,

    /// <summary>A floating-point number.</summary>
    Number,

    /// <summary>Text.</summary>
    String,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>A duration, in milliseconds.</summary>
    Duration,

    /// <summary>A percentage, 0 to 100 as written.</summary>
    Percent,

    /// <summary>No value.</summary>
    Null,
}
