namespace Remedy.Compiler.Types;

/// <summary>A type without parts: int, number, string, bool, duration, percent, void or the error type.</summary>
/// <param name="PrimitiveKind">Which primitive this is.</param>
public sealed record PrimitiveType(TypeKind PrimitiveKind) : RemedyType
{
    /// <inheritdoc />
    public override TypeKind Kind => PrimitiveKind;

    /// <inheritdoc />
    public override string DisplayName => PrimitiveKind switch
    {
        TypeKind.Error => "?",
        TypeKind.Void => "void",
        TypeKind.Int => "int",
        TypeKind.Number => "number",
        TypeKind.String => "string",
        TypeKind.Bool => "bool",
        TypeKind.Duration => "duration",
        TypeKind.Percent => "percent",
        _ => PrimitiveKind.ToString().ToLowerInvariant(),
    };
}
