namespace Remedy.Runtime.Providers.Process;

/// <summary><c>service.stop(service)</c>: SIGTERM, then SIGKILL after the grace period. Rollback: <c>service.restore</c>.</summary>
public sealed class ServiceStopProvider : ServiceProviderBase
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    public ServiceStopProvider(ServiceCatalog catalog)
        : base(catalog)
    {
    }

    /// <inheritdoc />
    public override string Id => "service.stop";

    /// <inheritdoc />
    protected override Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken) =>
        Controller.StopAsync(service, cancellationToken);
}
