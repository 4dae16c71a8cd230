namespace Remedy.Runtime.Providers;

/// <summary>The providers a runtime can call, by id. Immutable once built.</summary>
public sealed class ProviderRegistry
{
    private readonly Dictionary<string, IProvider> providers;

    private ProviderRegistry(Dictionary<string, IProvider> providers) => this.providers = providers;

    /// <summary>All registered ids, sorted.</summary>
    public IReadOnlyList<string> Ids => providers.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds a registry; two providers with one id is a configuration error reported in <paramref name="error"/>.</summary>
    /// <param name="providers">The providers.</param>
    /// <param name="registry">The registry, or an empty one on error.</param>
    /// <param name="error">The error, or null.</param>
    /// <returns>True when every id is unique.</returns>
    public static bool TryCreate(IEnumerable<IProvider> providers, out ProviderRegistry registry, out string? error)
    {
        var byId = new Dictionary<string, IProvider>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            if (!byId.TryAdd(provider.Id, provider))
            {
                registry = new ProviderRegistry(new(StringComparer.Ordinal));
                error = $"provider id '{provider.Id}' is registered twice ({byId[provider.Id].GetType().Name} and {provider.GetType().Name})";
                return false;
            }
        }

        registry = new ProviderRegistry(byId);
        error = null;
        return true;
    }

    /// <summary>Builds a registry from providers the host knows to be unique (e.g. the built-in set).</summary>
    /// <param name="providers">The providers.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentException">Two providers share an id: a bug in the host, not a user error.</exception>
    public static ProviderRegistry Create(params IProvider[] providers) =>
        TryCreate(providers, out var registry, out var error) ? registry : throw new ArgumentException(error, nameof(providers));

    /// <summary>Finds a provider.</summary>
    /// <param name="id">The provider id.</param>
    /// <param name="provider">The provider, or null.</param>
    /// <returns>True when registered.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IProvider? provider) =>
        providers.TryGetValue(id, out provider);

    /// <summary>True when the id is registered.</summary>
    /// <param name="id">The provider id.</param>
    /// <returns>Whether it is registered.</returns>
    public bool Contains(string id) => providers.ContainsKey(id);
}
