using Remedy.Compiler.Types;
using Remedy.Runtime.Values;

namespace Remedy.Compiler.Repl;

/// <summary>What a query returns when nothing real is asked: the empty value of its declared type.</summary>
public static class DryRunValues
{
    /// <summary>The empty value of a type: an empty list or map, a record of empty fields, zero, false, "".</summary>
    /// <param name="type">The type.</param>
    /// <returns>The value.</returns>
    public static RValue Of(RemedyType type) => type switch
    {
        ListType => ListValue.Empty,
        MapType => MapValue.Empty,
        OptionalType => RValue.Null,
        ResourceType resource => new MapValue(resource.Symbol.Fields.Select(f => new KeyValuePair<string, RValue>(f.Name, Of(f.Type)))),
        _ => type.Kind switch
        {
            TypeKind.Int => new IntValue(0),
            TypeKind.Number or TypeKind.Percent => new NumberValue(0),
            TypeKind.String => new StringValue(string.Empty),
            TypeKind.Bool => BoolValue.Of(false),
            TypeKind.Duration => new DurationValue(TimeSpan.Zero),
            _ => RValue.Null,
        },
    };
}
