using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>
/// A step's targets after the blast-radius check. Generated code iterates <see cref="Items"/>; an empty set is
/// a no-op, never "everything".
/// </summary>
public sealed class TargetSet
{
    internal TargetSet(IReadOnlyList<RValue> items, IReadOnlyList<string> keys, int population)
    {
        Items = items;
        Keys = keys;
        Population = population;
    }

    /// <summary>The targets, in order.</summary>
    public IReadOnlyList<RValue> Items { get; }

    /// <summary>Their keys (see <see cref="TargetKey"/>).</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The size of the population they came from.</summary>
    public int Population { get; }

    /// <summary>The number of targets.</summary>
    public int Count => Items.Count;

    /// <summary>True when there is nothing to act on.</summary>
    public bool IsEmpty => Items.Count == 0;
}
