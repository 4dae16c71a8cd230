using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>Literals of the Remedy language as runtime values, in the form generated code writes them.</summary>
public static class Build
{
    /// <summary>A duration literal (<c>30s</c>) from its milliseconds.</summary>
    /// <param name="milliseconds">The duration in milliseconds.</param>
    /// <returns>The duration value.</returns>
    public static RValue Duration(long milliseconds) => new DurationValue(TimeSpan.FromMilliseconds(milliseconds));

    /// <summary>A percent literal (<c>25%</c>); percentages are numbers from 0 to 1 at run time.</summary>
    /// <param name="percent">The literal's number, 0 to 100.</param>
    /// <returns>The number value.</returns>
    public static RValue Percent(double percent) => new NumberValue(percent / 100d);

    /// <summary>A list literal.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static RValue List(params RValue[] items) => new ListValue(items);

    /// <summary>A map literal; keys are converted to their text.</summary>
    /// <param name="entries">Key/value pairs.</param>
    /// <returns>The map.</returns>
    public static RValue Map(params (RValue Key, RValue Value)[] entries) =>
        new MapValue(entries.Select(e => new KeyValuePair<string, RValue>(Text.Display(e.Key), e.Value)));

    /// <summary>Call arguments or a record: fields by name.</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The map.</returns>
    public static MapValue Record(params (string Name, RValue Value)[] fields) => MapValue.Of(fields);
}
