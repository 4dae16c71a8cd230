using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>Field access (<c>pod.ready</c>) and indexing (<c>alert.labels["service"]</c>, <c>xs[0]</c>).</summary>
public static class Access
{
    /// <summary>A field of a record; a field the provider left out reads as null.</summary>
    /// <param name="value">The record.</param>
    /// <param name="name">The field name.</param>
    /// <returns>The field's value.</returns>
    public static RValue Field(RValue value, string name) => value switch
    {
        MapValue map => map.Get(name) ?? RValue.Null,
        NullValue => RValue.Null,
        _ => throw new ExpressionException($"cannot read field '{name}' of {Text.Describe(value)}"),
    };

    /// <summary>
    /// An element of a list or an entry of a map. A missing entry reads as <paramref name="missing"/>, the
    /// default of the element type (so a missing alert label is <c>""</c>, as the language says); an index out
    /// of range also reads as the default, because a list's length is not known when the playbook is written.
    /// </summary>
    /// <param name="value">The list or map.</param>
    /// <param name="index">The index (int) or key.</param>
    /// <param name="missing">The value of a missing entry.</param>
    /// <returns>The element.</returns>
    public static RValue Index(RValue value, RValue index, RValue missing) => value switch
    {
        MapValue map => map.Get(Text.Display(index)) ?? missing,
        ListValue list when index.TryGetInt(out var i) => i >= 0 && i < list.Count ? list.Items[(int)i] : missing,
        NullValue => missing,
        _ => throw new ExpressionException($"cannot index {Text.Describe(value)} with {Text.Describe(index)}"),
    };
}
