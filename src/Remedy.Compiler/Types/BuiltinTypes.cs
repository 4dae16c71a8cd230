namespace Remedy.Compiler.Types;

/// <summary>The shared instances of the primitive types.</summary>
public static class BuiltinTypes
{
    /// <summary>The error type.</summary>
    public static PrimitiveType Error { get; } = new(TypeKind.Error);
    /// <summary><c>void</c>.</summary>
    public static PrimitiveType Void { get; } = new(TypeKind.Void);
    /// <summary><c>int</c>.</summary>
    public static PrimitiveType Int { get; } = new(TypeKind.Int);
    /// <summary><c>number</c>.</summary>
    public static PrimitiveType Number { get; } = new(TypeKind.Number);
    /// <summary><c>string</c>.</summary>
    public static PrimitiveType String { get; } = new(TypeKind.String);
    /// <summary><c>bool</c>.</summary>
    public static PrimitiveType Bool { get; } = new(TypeKind.Bool);
    /// <summary><c>duration</c>.</summary>
    public static PrimitiveType Duration { get; } = new(TypeKind.Duration);
    /// <summary><c>percent</c>.</summary>
    public static PrimitiveType Percent { get; } = new(TypeKind.Percent);

    /// <summary>The primitive types by the name users write.</summary>
    public static IReadOnlyDictionary<string, RemedyType> ByName { get; } = new Dictionary<string, RemedyType>(StringComparer.Ordinal)
    {
        ["int"] = Int, ["number"] = Number, ["string"] = String, ["bool"] = Bool,
        ["duration"] = Duration, ["percent"] = Percent,
    };
}
