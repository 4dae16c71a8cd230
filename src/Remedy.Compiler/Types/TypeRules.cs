using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Types;

/// <summary>
/// The conversion and operator rules of the language, as pure functions. Only int converts
/// (implicitly, to number); every other combination must match exactly.
/// </summary>
public static class TypeRules
{
    /// <summary>Whether a value of type <paramref name="from"/> may be used where <paramref name="to"/> is expected.</summary>
    public static bool IsAssignable(RemedyType from, RemedyType to)
    {
        if (from.IsError || to.IsError) return true;
        if (from == to) return true;
        return (from, to) switch
        {
            ({ Kind: TypeKind.Int }, { Kind: TypeKind.Number }) => true,
            (_, OptionalType o) when from is not OptionalType => IsAssignable(from, o.Underlying),
            (OptionalType a, OptionalType b) => IsAssignable(a.Underlying, b.Underlying),
            (ListType a, ListType b) => IsAssignable(a.Element, b.Element),
            (MapType a, MapType b) => IsAssignable(a.Key, b.Key) && IsAssignable(a.Value, b.Value),
            _ => false,
        };
    }

    /// <summary>The common type of two types (for list items and comparisons), or null when there is none.</summary>
    public static RemedyType? Common(RemedyType a, RemedyType b)
    {
        if (a.IsError) return b;
        if (b.IsError) return a;
        if (IsAssignable(a, b)) return b;
        if (IsAssignable(b, a)) return a;
        return null;
    }

    /// <summary>Whether values of the type can be ordered with &lt; and &gt;, or sorted.</summary>
    public static bool IsOrdered(RemedyType type) =>
        type.Kind is TypeKind.Error or TypeKind.Int or TypeKind.Number or TypeKind.Duration or TypeKind.Percent or TypeKind.String;

    /// <summary>Whether the type is int or number.</summary>
    public static bool IsNumeric(RemedyType type) => type.Kind is TypeKind.Int or TypeKind.Number;

    /// <summary>
    /// The result of an arithmetic operator, or null when the operator does not apply. The
    /// rules: int op int is int (division gives number); number ± number is number (int
    /// converts); duration ± duration is duration; duration × or ÷ int|number is duration;
    /// duration ÷ duration is number; percent ± percent is percent; string + string is string.
    /// </summary>
    public static RemedyType? Arithmetic(BinaryOperator op, RemedyType left, RemedyType right)
    {
        if (left.IsError || right.IsError) return BuiltinTypes.Error;
        var l = left.Kind;
        var r = right.Kind;
        switch (op)
        {
            case BinaryOperator.Add:
            case BinaryOperator.Subtract:
                if (l == TypeKind.Int && r == TypeKind.Int) return BuiltinTypes.Int;
                if (IsNumeric(left) && IsNumeric(right)) return BuiltinTypes.Number;
                if (l == TypeKind.Duration && r == TypeKind.Duration) return BuiltinTypes.Duration;
                if (l == TypeKind.Percent && r == TypeKind.Percent) return BuiltinTypes.Percent;
                if (op == BinaryOperator.Add && l == TypeKind.String && r == TypeKind.String) return BuiltinTypes.String;
                return null;
            case BinaryOperator.Multiply:
                if (l == TypeKind.Int && r == TypeKind.Int) return BuiltinTypes.Int;
                if (IsNumeric(left) && IsNumeric(right)) return BuiltinTypes.Number;
                if (l == TypeKind.Duration && IsNumeric(right)) return BuiltinTypes.Duration;
                if (IsNumeric(left) && r == TypeKind.Duration) return BuiltinTypes.Duration;
                return null;
            case BinaryOperator.Divide:
                if (IsNumeric(left) && IsNumeric(right)) return BuiltinTypes.Number;
                if (l == TypeKind.Duration && IsNumeric(right)) return BuiltinTypes.Duration;
                if (l == TypeKind.Duration && r == TypeKind.Duration) return BuiltinTypes.Number;
                return null;
            default:
                return null;
        }
    }

    /// <summary>A hint that says how to fix an arithmetic mismatch, or an empty string.</summary>
    public static string ArithmeticHint(RemedyType left, RemedyType right)
    {
        if ((left.Kind == TypeKind.Duration && IsNumeric(right)) || (IsNumeric(left) && right.Kind == TypeKind.Duration))
            return "; give the number a unit (e.g. '3s') or multiply the duration instead";
        if ((left.Kind == TypeKind.Percent && IsNumeric(right)) || (IsNumeric(left) && right.Kind == TypeKind.Percent))
            return "; write the number as a percentage (e.g. '5%')";
        if (left.Kind == TypeKind.String || right.Kind == TypeKind.String)
            return "; use an interpolated string such as \"${x}\" to build text";
        return "";
    }
}
