using Remedy.Runtime.Values;

namespace Remedy.Runtime.Expressions;

/// <summary>
/// The pipeline stages (<c>| where</c>, <c>| take</c>, <c>| sort by</c>, <c>| map</c>), quantifiers and the list
/// built-ins. The element (<c>it</c>, or the quantifier's variable) is the lambda's parameter. Every function
/// returns a new list and leaves its input as it was.
/// </summary>
public static class Pipeline
{
    /// <summary><c>xs | where c</c>: the elements for which the condition holds, in order.</summary>
    /// <param name="list">The list.</param>
    /// <param name="condition">The condition over <c>it</c>.</param>
    /// <returns>The filtered list.</returns>
    public static RValue Where(RValue list, Func<RValue, RValue> condition) =>
        new ListValue(Items(list).Where(it => Logic.IsTrue(condition(it))));

    /// <summary><c>xs | take n</c>: the first n elements (all of them when there are fewer; none for n ≤ 0).</summary>
    /// <param name="list">The list.</param>
    /// <param name="count">The count (an int).</param>
    /// <returns>The shortened list.</returns>
    public static RValue Take(RValue list, RValue count) =>
        count.TryGetInt(out var n)
            ? new ListValue(Items(list).Take((int)Math.Clamp(n, 0, int.MaxValue)))
            : throw new ExpressionException($"'take' needs an int, got {Text.Describe(count)}");

    /// <summary><c>xs | sort by k [desc]</c>: a stable sort by the key; elements whose key is missing come last.</summary>
    /// <param name="list">The list.</param>
    /// <param name="key">The key over <c>it</c>.</param>
    /// <param name="descending">Whether the order is descending.</param>
    /// <returns>The sorted list.</returns>
    public static RValue SortBy(RValue list, Func<RValue, RValue> key, bool descending)
    {
        var keyed = Items(list).Select((item, position) => (Item: item, Key: key(item), Position: position)).ToArray();
        var present = keyed.Where(k => k.Key is not NullValue).ToList();
        present.Sort((x, y) =>
        {
            var order = Compare.Order(x.Key, y.Key, "sort by") ?? 0;
            return order != 0 ? (descending ? -order : order) : x.Position.CompareTo(y.Position);
        });
        return new ListValue(present.Concat(keyed.Where(k => k.Key is NullValue)).Select(k => k.Item));
    }

    /// <summary><c>xs | map e</c>: the expression for each element.</summary>
    /// <param name="list">The list.</param>
    /// <param name="selector">The expression over <c>it</c>.</param>
    /// <returns>The mapped list.</returns>
    public static RValue Map(RValue list, Func<RValue, RValue> selector) => new ListValue(Items(list).Select(selector));

    /// <summary><c>all x in xs: c</c>; true for an empty list.</summary>
    /// <param name="list">The list.</param>
    /// <param name="condition">The condition over the variable.</param>
    /// <returns>A bool value.</returns>
    public static RValue All(RValue list, Func<RValue, RValue> condition) => Items(list).All(x => Logic.IsTrue(condition(x)));

    /// <summary><c>any x in xs: c</c>; false for an empty list.</summary>
    /// <param name="list">The list.</param>
    /// <param name="condition">The condition over the variable.</param>
    /// <returns>A bool value.</returns>
    public static RValue Any(RValue list, Func<RValue, RValue> condition) => Items(list).Any(x => Logic.IsTrue(condition(x)));

    /// <summary><c>count(xs)</c>: the number of elements of a list (or entries of a map).</summary>
    /// <param name="list">The list.</param>
    /// <returns>An int value.</returns>
    public static RValue Count(RValue list) => list is MapValue map ? map.Count : (long)Items(list).Count;

    /// <summary>Whether a list holds a value, a map has a key, or a string contains a substring.</summary>
    /// <param name="container">The list, map or string.</param>
    /// <param name="value">The value looked for.</param>
    /// <returns>A bool value.</returns>
    public static RValue Contains(RValue container, RValue value) => container switch
    {
        MapValue map => map.Get(Text.Display(value)) is not null,
        StringValue s => s.Value.Contains(Text.Display(value), StringComparison.Ordinal),
        _ => Items(container).Any(item => Compare.AreEqual(item, value)),
    };

    /// <summary>The smallest element, or null for an empty list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The element.</returns>
    public static RValue Min(RValue list) => Extreme(list, -1);

    /// <summary>The largest element, or null for an empty list.</summary>
    /// <param name="list">The list.</param>
    /// <returns>The element.</returns>
    public static RValue Max(RValue list) => Extreme(list, 1);

    /// <summary>The elements of a list value (a null list, from a field a provider left out, is empty).</summary>
    /// <param name="list">The list.</param>
    /// <returns>The elements.</returns>
    public static IReadOnlyList<RValue> Items(RValue list) => list switch
    {
        ListValue l => l.Items,
        NullValue => [],
        _ => throw new ExpressionException($"expected a list, got {Text.Describe(list)}"),
    };

    private static RValue Extreme(RValue list, int sign)
    {
        RValue best = RValue.Null;
        foreach (var item in Items(list))
        {
            if (item is NullValue)
            {
                continue;
            }

            if (best is NullValue || (Compare.Order(item, best, sign > 0 ? "max" : "min") ?? 0) * sign > 0)
            {
                best = item;
            }
        }

        return best;
    }
}
