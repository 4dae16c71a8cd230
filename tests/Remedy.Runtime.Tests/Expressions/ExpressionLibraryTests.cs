using Remedy.Runtime.Engine;
using Remedy.Runtime.Expressions;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Expressions;

public sealed class ExpressionLibraryTests
{
    private static readonly RValue Pods = Build.List(
        MapValue.Of(("name", "a"), ("restarts", 5), ("memory_ratio", 0.95), ("ready", true)),
        MapValue.Of(("name", "b"), ("restarts", 1), ("memory_ratio", 0.5), ("ready", false)),
        MapValue.Of(("name", "c"), ("restarts", 9), ("memory_ratio", 0.91), ("ready", true)),
        MapValue.Of(("name", "d"), ("memory_ratio", 0.99)));

    [Fact]
    public void Field_access_reads_fields_and_missing_fields_are_null()
    {
        var pod = Pipeline.Items(Pods)[0];
        Assert.Equal(new IntValue(5), Access.Field(pod, "restarts"));
        Assert.Equal(RValue.Null, Access.Field(pod, "nope"));
        Assert.Equal(RValue.Null, Access.Field(RValue.Null, "x"));
        Assert.Throws<ExpressionException>(() => Access.Field(3, "x"));
    }

    [Fact]
    public void Index_reads_maps_and_lists_with_the_element_default_when_missing()
    {
        var labels = MapValue.Of(("service", "checkout"));
        Assert.Equal(new StringValue("checkout"), Access.Index(labels, "service", ""));
        Assert.Equal(new StringValue(""), Access.Index(labels, "instance", ""));
        Assert.Equal(new StringValue("b"), Access.Field(Access.Index(Pods, 1, RValue.Null), "name"));
        Assert.Equal(RValue.Null, Access.Index(Pods, 17, RValue.Null));
        Assert.Equal(RValue.Null, Access.Index(Pods, -1, RValue.Null));
    }

    [Theory]
    [InlineData(3L, 3.0, true)]
    [InlineData(3L, 4L, false)]
    [InlineData("a", "a", true)]
    [InlineData("a", "b", false)]
    public void Equality_compares_ints_and_numbers_as_numbers(object left, object right, bool equal)
    {
        Assert.Equal(BoolValue.Of(equal), Compare.Eq(Wrap(left), Wrap(right)));
        Assert.Equal(BoolValue.Of(!equal), Compare.Ne(Wrap(left), Wrap(right)));
    }

    [Fact]
    public void Ordering_covers_numbers_durations_strings_and_null_is_never_ordered()
    {
        Assert.True(Logic.IsTrue(Compare.Gt(0.95, 0.9)));
        Assert.True(Logic.IsTrue(Compare.Lt(2L, 2.5)));
        Assert.True(Logic.IsTrue(Compare.Ge(Build.Duration(60_000), TimeSpan.FromMinutes(1))));
        Assert.True(Logic.IsTrue(Compare.Le("abc", "abd")));
        Assert.False(Logic.IsTrue(Compare.Gt(RValue.Null, 1)));
        Assert.False(Logic.IsTrue(Compare.Lt(RValue.Null, 1)));
        Assert.Throws<ExpressionException>(() => Compare.Lt("a", 1));
    }

    [Fact]
    public void Arithmetic_keeps_types_apart_as_the_language_says()
    {
        Assert.Equal(new IntValue(7), Arithmetic.Add(3, 4));
        Assert.Equal(new NumberValue(3.5), Arithmetic.Add(3, 0.5));
        Assert.Equal(new DurationValue(TimeSpan.FromSeconds(90)), Arithmetic.Add(Build.Duration(60_000), Build.Duration(30_000)));
        Assert.Equal(new DurationValue(TimeSpan.FromMinutes(10)), Arithmetic.Mul(Build.Duration(300_000), 2));
        Assert.Equal(new DurationValue(TimeSpan.FromMinutes(10)), Arithmetic.Mul(2.0, Build.Duration(300_000)));
        Assert.Equal(new StringValue("ab"), Arithmetic.Add("a", "b"));
        Assert.Equal(new IntValue(3), Arithmetic.Div(7, 2));
        Assert.Equal(new NumberValue(3.5), Arithmetic.Div(7.0, 2));
        Assert.Equal(new IntValue(-4), Arithmetic.Neg(4));
        Assert.Equal(new IntValue(1), Arithmetic.Sub(3, 2));
        Assert.Equal(new NumberValue(95), Arithmetic.Mul(0.95, 100));
        Assert.Throws<ExpressionException>(() => Arithmetic.Div(1, 0));
        Assert.Throws<ExpressionException>(() => Arithmetic.Add(long.MaxValue, 1));
        Assert.Throws<ExpressionException>(() => Arithmetic.Add(Build.Duration(1), 3));
    }

    [Fact]
    public void Percent_literals_are_fractions()
    {
        Assert.Equal(new NumberValue(0.25), Build.Percent(25));
        Assert.True(Logic.IsTrue(Compare.Ge(0.96, Build.Percent(95))));
    }

    [Fact]
    public void Interpolation_formats_values_the_way_the_language_writes_them()
    {
        var text = Text.Interpolate("disk at ", Arithmetic.Mul(0.9512345678, 100), "% after ", Build.Duration(5_400_000), ", ", 3, " pods, ", true, " ", RValue.Null, "!");
        Assert.Equal(new StringValue("disk at 95.123457% after 1h30m, 3 pods, true !"), text);
        Assert.Equal("500ms", Text.Display(Build.Duration(500)));
        Assert.Equal("0s", Text.Display(Build.Duration(0)));
        Assert.Equal("[1, a]", Text.Display(Build.List(1, "a")));
        Assert.Equal("{a: 1, b: x}", Text.Display(Build.Map(("b", "x"), ("a", 1))));
    }

    [Fact]
    public void Where_take_sort_and_map_compose_like_a_pipeline()
    {
        var names = Pipeline.Map(
            Pipeline.Take(Pipeline.SortBy(Pipeline.Where(Pods, it => Compare.Gt(Access.Field(it, "memory_ratio"), 0.9)), it => Access.Field(it, "restarts"), descending: true), 2),
            it => Access.Field(it, "name"));
        Assert.Equal(Build.List("c", "a"), names);
        Assert.Equal(Build.List("b", "a", "c", "d"), Pipeline.Map(Pipeline.SortBy(Pods, it => Access.Field(it, "restarts"), descending: false), it => Access.Field(it, "name")));
        Assert.Equal(ListValue.Empty, Pipeline.Take(Pods, -3));
        Assert.Equal(4, Pipeline.Items(Pipeline.Take(Pods, 100)).Count);
    }

    [Fact]
    public void Sort_is_stable()
    {
        var items = Build.List(MapValue.Of(("k", 1), ("n", "x")), MapValue.Of(("k", 0), ("n", "y")), MapValue.Of(("k", 1), ("n", "z")));
        Assert.Equal(Build.List("y", "x", "z"), Pipeline.Map(Pipeline.SortBy(items, it => Access.Field(it, "k"), false), it => Access.Field(it, "n")));
        Assert.Equal(Build.List("x", "z", "y"), Pipeline.Map(Pipeline.SortBy(items, it => Access.Field(it, "k"), true), it => Access.Field(it, "n")));
    }

    [Fact]
    public void Quantifiers_count_contains_min_and_max()
    {
        Assert.False(Logic.IsTrue(Pipeline.All(Pods, p => Access.Field(p, "ready"))));
        Assert.True(Logic.IsTrue(Pipeline.Any(Pods, p => Access.Field(p, "ready"))));
        Assert.True(Logic.IsTrue(Pipeline.All(ListValue.Empty, _ => false)));
        Assert.False(Logic.IsTrue(Pipeline.Any(ListValue.Empty, _ => true)));
        Assert.Equal(new IntValue(4), Pipeline.Count(Pods));
        Assert.True(Logic.IsTrue(Pipeline.Contains(Build.List(1, 2), 2.0)));
        Assert.True(Logic.IsTrue(Pipeline.Contains(MapValue.Of(("k", 1)), "k")));
        Assert.True(Logic.IsTrue(Pipeline.Contains("app=checkout", "check")));
        Assert.Equal(new IntValue(1), Pipeline.Min(Build.List(3, 1, RValue.Null, 2)));
        Assert.Equal(new IntValue(3), Pipeline.Max(Build.List(3, 1, 2)));
        Assert.Equal(RValue.Null, Pipeline.Max(ListValue.Empty));
    }

    [Fact]
    public void Logic_treats_null_as_false_and_rejects_non_bools()
    {
        Assert.False(Logic.IsTrue(RValue.Null));
        Assert.Equal(BoolValue.Of(false), Logic.Not(true));
        Assert.Throws<ExpressionException>(() => Logic.IsTrue(3));
    }

    [Fact]
    public void Conversions_for_the_runtime_api()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Conversions.ToDuration(Build.Duration(30_000)));
        Assert.Equal(TimeSpan.Zero, Conversions.ToDuration(Arithmetic.Neg(Build.Duration(30_000))));
        Assert.Equal(1, Conversions.ToBatchSize(0));
        Assert.Equal(0, Conversions.ToCount(-4));
        Assert.Equal(12, Conversions.ToCount(12));
        Assert.Single(Conversions.ToTargets("nginx"));
        Assert.Equal(4, Conversions.ToTargets(Pods).Count);
        Assert.Equal([2, 2, 1], Conversions.Batches(Pipeline.Items(Build.List(1, 2, 3, 4, 5)), 2).Select(b => b.Count));
    }

    [Fact]
    public void The_expression_library_is_on_the_load_time_allowlist_and_its_exception_only_as_a_type()
    {
        foreach (var type in typeof(Build).Assembly.GetTypes().Where(t => t.Namespace == "Remedy.Runtime.Expressions" && t.IsPublic && t != typeof(ExpressionException)))
            Assert.True(ApiAllowlist.IsAllowed(type.FullName!), type.FullName);
    }

    private static RValue Wrap(object value) => value switch
    {
        long l => l,
        double d => d,
        string s => s,
        _ => throw new ArgumentException("unsupported"),
    };
}
