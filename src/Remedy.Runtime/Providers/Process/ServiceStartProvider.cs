namespace Remedy.Runtime.Providers.Process;

/// <summary><c>service.start(service)</c>: starts the allowlisted command unless it already runs. Rollback: <c>service.restore</c>.</summary>
public sealed class ServiceStartProvider : ServiceProviderBase
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    public ServiceStartProvider(ServiceCatalog catalog)
        : base(catalog)
    {
    }

    /// <inheritdoc />
    public override string Id => "service.start";

    /// <inheritdoc />
    protected override Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken) =>
        Controller.StartAsync(service, cancellationToken);
}
