namespace Remedy.Runtime.Values;

/// <summary>An ordered, immutable list of values, compared element by element.</summary>
public sealed record ListValue : RValue
{
    /// <summary>The empty list.</summary>
    public static ListValue Empty { get; } = new(Array.Empty<RValue>());

    /// <summary>Creates a list; the items are copied so later changes to the source do not leak in.</summary>
    /// <param name="items">The items.</param>
    public ListValue(IEnumerable<RValue> items) => Items = items.ToArray();

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<RValue> Items { get; }

    /// <summary>The number of items.</summary>
    public int Count => Items.Count;

    /// <summary>Creates a list from items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list.</returns>
    public static ListValue Of(params RValue[] items) => new(items);

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.List;

    /// <inheritdoc />
    public bool Equals(ListValue? other) =>
        other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
