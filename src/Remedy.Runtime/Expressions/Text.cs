using System.Globalization;
using System.Text;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>String interpolation (<c>"disk at ${usage.used_ratio * 100}%"</c>) and value descriptions.</summary>
public static class Text
{
    /// <summary>Concatenates the literal parts and interpolated values of a string.</summary>
    /// <param name="parts">Literal text and values, in order.</param>
    /// <returns>The string value.</returns>
    public static RValue Interpolate(params RValue[] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(Display(part));
        }

        return text.ToString();
    }

    /// <summary>
    /// How a value reads in a message: strings as they are, numbers in invariant culture with at most six
    /// decimals, durations the way the language writes them (<c>1h30m</c>), a missing value as nothing.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Display(RValue value) => value switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        NumberValue n => Math.Round(n.Value, 6).ToString("0.######", CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        DurationValue d => Duration(d.Value),
        ListValue l => "[" + string.Join(", ", l.Items.Select(Display)) + "]",
        MapValue m => "{" + string.Join(", ", m.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + ": " + Display(f.Value))) + "}",
        _ => string.Empty,
    };

    /// <summary>A duration in the language's notation, largest unit first: <c>1h30m</c>, <c>500ms</c>, <c>0s</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Duration(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder(duration < TimeSpan.Zero ? "-" : string.Empty);
        var rest = duration.Duration();
        Append(text, rest.Days, "d");
        Append(text, rest.Hours, "h");
        Append(text, rest.Minutes, "m");
        Append(text, rest.Seconds, "s");
        Append(text, rest.Milliseconds, "ms");
        return text.ToString();
    }

    /// <summary>A value's kind and text, for error messages: <c>string "x"</c>, <c>int 3</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    public static string Describe(RValue value) => value switch
    {
        NullValue => "null",
        StringValue s => $"string \"{s.Value}\"",
        _ => value.Kind.ToString().ToLowerInvariant() + " " + Display(value),
    };

    private static void Append(StringBuilder text, int amount, string unit)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
