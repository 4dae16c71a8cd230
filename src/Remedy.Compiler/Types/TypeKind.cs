namespace Remedy.Compiler.Types;

/// <summary>The kinds of Remedy types.</summary>
public enum TypeKind
{
    /// <summary>A type that could not be determined; it suppresses follow-on errors.</summary>
    Error,
    /// <summary>The result of an action call: no value.</summary>
    Void,
    /// <summary><c>int</c>.</summary>
    Int,
    /// <summary><c>number</c>.</summary>
    Number,
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>duration</c>.</summary>
    Duration,
    /// <summary><c>percent</c>.</summary>
    Percent,
    /// <summary><c>list&lt;T&gt;</c>.</summary>
    List,
    /// <summary><c>map&lt;K, V&gt;</c>.</summary>
    Map,
    /// <summary><c>T?</c>.</summary>
    Optional,
    /// <summary>A declared resource, or the built-in <c>alert</c>.</summary>
    Resource,
}
