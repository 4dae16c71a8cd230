namespace Remedy.Runtime.Providers.Process;

/// <summary>
/// <c>service.restore(service, was_running)</c>: the compensation of start, stop and restart; brings the
/// service back to its captured state. Idempotent, and harmless when the action never applied.
/// </summary>
public sealed class ServiceRestoreProvider : ServiceProviderBase
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    public ServiceRestoreProvider(ServiceCatalog catalog)
        : base(catalog)
    {
    }

    /// <inheritdoc />
    public override string Id => "service.restore";

    /// <inheritdoc />
    protected override Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetBool("was_running", out var wasRunning))
        {
            return Task.FromResult(ProviderResult.BadArgument("was_running", "a bool"));
        }

        return wasRunning ? Controller.StartAsync(service, cancellationToken) : Controller.StopAsync(service, cancellationToken);
    }
}
