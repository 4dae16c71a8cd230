namespace Remedy.Runtime.Providers.Process;

/// <summary>The allowlist of services, by name.</summary>
public sealed class ServiceCatalog
{
    private readonly Dictionary<string, ServiceDefinition> services;

    /// <summary>Creates the catalog; a later definition with the same name replaces an earlier one.</summary>
    /// <param name="services">The services.</param>
    public ServiceCatalog(IEnumerable<ServiceDefinition> services) =>
        this.services = services.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The service names.</summary>
    public IReadOnlyCollection<string> Names => services.Keys;

    /// <summary>Finds a service.</summary>
    /// <param name="name">The name.</param>
    /// <param name="service">The definition, or null.</param>
    /// <returns>True when allowlisted.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServiceDefinition? service) =>
        services.TryGetValue(name, out service);
}
