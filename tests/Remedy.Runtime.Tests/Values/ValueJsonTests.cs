using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Values;

public sealed class ValueJsonTests
{
    public static TheoryData<RValue, string> Cases => new()
    {
        { RValue.Null, "null" },
        { "text", "\"text\"" },
        { 42, "{\"int\":42}" },
        { 0.5, "{\"number\":0.5}" },
        { true, "true" },
        { TimeSpan.FromSeconds(30), "{\"duration_ms\":30000}" },
        { ListValue.Of(1, "a"), "{\"list\":[{\"int\":1},\"a\"]}" },
        { MapValue.Of(("b", 2), ("a", "x")), "{\"map\":{\"a\":\"x\",\"b\":{\"int\":2}}}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serialises_to_canonical_json_and_back(RValue value, string json)
    {
        Assert.Equal(json, value.ToJson());
        Assert.True(ValueJson.TryDeserialize(json, out var back, out var error), error);
        Assert.Equal(value, back);
        Assert.Equal(value.Kind, back.Kind);
    }

    [Fact]
    public void Ints_and_numbers_never_swap_kinds()
    {
        Assert.True(ValueJson.TryDeserialize(((RValue)2.0).ToJson(), out var number, out _));
        Assert.True(ValueJson.TryDeserialize(((RValue)2).ToJson(), out var integer, out _));
        Assert.Equal(ValueKind.Number, number.Kind);
        Assert.Equal(ValueKind.Int, integer.Kind);
        Assert.NotEqual(number, integer);
    }

    [Fact]
    public void Non_finite_numbers_survive_a_round_trip()
    {
        Assert.True(ValueJson.TryDeserialize(((RValue)double.NaN).ToJson(), out var nan, out _));
        Assert.True(double.IsNaN(((NumberValue)nan).Value));
    }

    [Theory]
    [InlineData("{", "malformed JSON")]
    [InlineData("3", "bare JSON Number")]
    [InlineData("{\"bogus\":1}", "unknown or malformed value tag 'bogus'")]
    [InlineData("{\"int\":1,\"number\":2}", "exactly one property")]
    [InlineData("{\"list\":[3]}", "bare JSON Number")]
    public void Malformed_json_is_an_error_not_an_exception(string json, string expected)
    {
        Assert.False(ValueJson.TryDeserialize(json, out var value, out var error));
        Assert.Equal(RValue.Null, value);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void System_text_json_uses_the_canonical_form()
    {
        var json = System.Text.Json.JsonSerializer.Serialize<RValue>(MapValue.Of(("n", 1)));
        Assert.Equal("{\"map\":{\"n\":{\"int\":1}}}", json);
        Assert.Equal(MapValue.Of(("n", 1)), System.Text.Json.JsonSerializer.Deserialize<RValue>(json));
    }
}
