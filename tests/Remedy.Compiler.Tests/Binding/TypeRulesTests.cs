using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Tests.Binding;

public sealed class TypeRulesTests
{
    private static readonly RemedyType Int = BuiltinTypes.Int, Number = BuiltinTypes.Number, Duration = BuiltinTypes.Duration,
        Percent = BuiltinTypes.Percent, String = BuiltinTypes.String, Bool = BuiltinTypes.Bool;

    public static IEnumerable<object?[]> Arithmetic() =>
    [
        [BinaryOperator.Add, Int, Int, Int],
        [BinaryOperator.Add, Int, Number, Number],
        [BinaryOperator.Divide, Int, Int, Number],
        [BinaryOperator.Add, Duration, Duration, Duration],
        [BinaryOperator.Add, Duration, Int, null],
        [BinaryOperator.Multiply, Duration, Int, Duration],
        [BinaryOperator.Multiply, Number, Duration, Duration],
        [BinaryOperator.Divide, Duration, Duration, Number],
        [BinaryOperator.Subtract, Percent, Percent, Percent],
        [BinaryOperator.Add, Percent, Number, null],
        [BinaryOperator.Add, String, String, String],
        [BinaryOperator.Subtract, String, String, null],
        [BinaryOperator.Add, Bool, Bool, null],
    ];

    [Theory]
    [MemberData(nameof(Arithmetic))]
    public void Arithmetic_follows_the_table(BinaryOperator op, RemedyType left, RemedyType right, RemedyType? expected) =>
        Assert.Equal(expected, TypeRules.Arithmetic(op, left, right));

    [Fact]
    public void Only_int_converts_implicitly()
    {
        Assert.True(TypeRules.IsAssignable(Int, Number));
        Assert.False(TypeRules.IsAssignable(Number, Int));
        Assert.False(TypeRules.IsAssignable(Int, Duration));
        Assert.False(TypeRules.IsAssignable(Number, Percent));
        Assert.True(TypeRules.IsAssignable(new ListType(Int), new ListType(Number)));
        Assert.True(TypeRules.IsAssignable(String, new OptionalType(String)));
        Assert.False(TypeRules.IsAssignable(new OptionalType(String), String));
        Assert.True(TypeRules.IsAssignable(BuiltinTypes.Error, Duration));
    }
}
