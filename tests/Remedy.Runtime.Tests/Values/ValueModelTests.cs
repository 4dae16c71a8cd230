using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Values;

public sealed class ValueModelTests
{
    [Fact]
    public void Maps_compare_by_content_whatever_the_field_order()
    {
        var a = MapValue.Of(("x", 1), ("y", ListValue.Of("p", "q")));
        var b = MapValue.Of(("y", ListValue.Of("p", "q")), ("x", 1));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.With("x", 2));
    }

    [Fact]
    public void Merge_lets_the_other_map_win()
    {
        var merged = MapValue.Of(("a", 1), ("b", 1)).Merge(MapValue.Of(("b", 2), ("c", 3)));
        Assert.Equal(MapValue.Of(("a", 1), ("b", 2), ("c", 3)), merged);
    }

    [Fact]
    public void Typed_accessors_report_kind_mismatches_instead_of_throwing()
    {
        var map = MapValue.Of(("s", "text"), ("i", 3), ("d", TimeSpan.FromSeconds(2)), ("b", true));
        Assert.True(map.TryGetString("s", out var s) && s == "text");
        Assert.False(map.TryGetString("i", out _));
        Assert.True(map.TryGetNumber("i", out var widened) && widened == 3);
        Assert.False(map.TryGetInt("missing", out _));
        Assert.True(map.TryGetDuration("d", out var d) && d == TimeSpan.FromSeconds(2));
        Assert.True(map.TryGetBool("b", out var flag) && flag);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("id", "pod-7")]
    [InlineData("namespaced", "payments/checkout-1")]
    [InlineData("path", "/var/log/a.log")]
    public void Target_keys_are_derived_from_identity_fields(string shape, string expected)
    {
        RValue target = shape switch
        {
            "plain" => "plain",
            "id" => MapValue.Of(("id", "pod-7"), ("name", "ignored")),
            "namespaced" => MapValue.Of(("name", "checkout-1"), ("namespace", "payments")),
            _ => MapValue.Of(("path", "/var/log/a.log"), ("bytes", 10)),
        };
        Assert.Equal(expected, TargetKey.Of(target));
    }
}
