namespace Remedy.Runtime.Values;

/// <summary>
/// Derives the stable identity of a target, used by blast radius, per-target cooldown and idempotency keys.
/// A string is its own key; a record is keyed by <c>id</c>, else <c>namespace/name</c>, else <c>name</c>,
/// else <c>path</c>, else <c>service</c>, else <c>url</c>; anything else by its canonical JSON.
/// </summary>
public static class TargetKey
{
    private static readonly string[] KeyFields = ["id", "name", "path", "service", "url"];

    /// <summary>The key of a target.</summary>
    /// <param name="target">The target value.</param>
    /// <returns>The key.</returns>
    public static string Of(RValue target)
    {
        if (target is StringValue s)
        {
            return s.Value;
        }

        if (target is MapValue map)
        {
            if (map.TryGetString("id", out var id))
            {
                return id;
            }

            foreach (var field in KeyFields)
            {
                if (map.TryGetString(field, out var key))
                {
                    return field == "name" && map.TryGetString("namespace", out var ns) ? ns + "/" + key : key;
                }
            }
        }

        return target.ToJson();
    }
}
