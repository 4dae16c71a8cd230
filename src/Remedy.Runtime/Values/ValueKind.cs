namespace Remedy.Runtime.Values;

/// <summary>The kinds of value that flow between generated code, providers and the journal.</summary>
public enum ValueKind
{
    /// <summary>No value (an absent field, an action with nothing to return).</summary>
    Null,
    /// <summary>A UTF-16 string.</summary>
    String,
    /// <summary>A 64-bit signed integer.</summary>
    Int,
    /// <summary>A double-precision number (percentages are numbers between 0 and 1).</summary>
    Number,
    /// <summary>A boolean.</summary>
    Bool,
    /// <summary>A duration.</summary>
    Duration,
    /// <summary>An ordered list of values.</summary>
    List,
    /// <summary>A record or map: named fields.</summary>
    Map,
}
