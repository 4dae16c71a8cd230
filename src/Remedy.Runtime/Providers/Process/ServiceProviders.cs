namespace Remedy.Runtime.Providers.Process;

/// <summary>The service providers, built together from one allowlist.</summary>
public static class ServiceProviders
{
    /// <summary>All service providers.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    /// <returns>status, start, stop, restart, restore.</returns>
    public static IProvider[] All(ServiceCatalog catalog) =>
    [
        new ServiceStatusProvider(catalog),
        new ServiceStartProvider(catalog),
        new ServiceStopProvider(catalog),
        new ServiceRestartProvider(catalog),
        new ServiceRestoreProvider(catalog),
    ];
}
