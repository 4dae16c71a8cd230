namespace Remedy.Learning.Policies;

/// <summary>
/// Per-(context key, option) state with a deterministic enumeration order, so that snapshots of equal state
/// serialise to equal JSON.
/// </summary>
internal sealed class ArmTable<T>
{
    private readonly Dictionary<string, Dictionary<string, T>> _byKey = new(StringComparer.Ordinal);

    public bool HasKey(string key) => _byKey.ContainsKey(key);

    public bool TryGet(string key, string option, out T value)
    {
        if (_byKey.TryGetValue(key, out var arms) && arms.TryGetValue(option, out var found))
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, string option, T value)
    {
        if (!_byKey.TryGetValue(key, out var arms))
        {
            arms = new Dictionary<string, T>(StringComparer.Ordinal);
            _byKey[key] = arms;
        }

        arms[option] = value;
    }

    public IReadOnlyCollection<string> OptionsOf(string key) =>
        _byKey.TryGetValue(key, out var arms) ? arms.Keys.ToArray() : [];

    public IEnumerable<(string Key, string Option, T Value)> Ordered() =>
        from key in _byKey.Keys.Order(StringComparer.Ordinal)
        from option in _byKey[key].Keys.Order(StringComparer.Ordinal)
        select (key, option, _byKey[key][option]);
}
