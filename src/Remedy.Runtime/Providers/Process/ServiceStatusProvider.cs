namespace Remedy.Runtime.Providers.Process;

/// <summary><c>service.status(service)</c>: <c>{service, running, pid}</c>.</summary>
public sealed class ServiceStatusProvider : ServiceProviderBase
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    public ServiceStatusProvider(ServiceCatalog catalog)
        : base(catalog)
    {
    }

    /// <inheritdoc />
    public override string Id => "service.status";

    /// <inheritdoc />
    protected override Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderResult.Ok(Controller.Status(service).ToValue()));
}
