namespace Remedy.Runtime.Providers.Process;

/// <summary>
/// <c>service.restart(service)</c>: stop (if running), then start; the result carries the new pid. A restart
/// has nothing to undo beyond <c>service.restore</c> returning it to running or stopped.
/// </summary>
public sealed class ServiceRestartProvider : ServiceProviderBase
{
    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    public ServiceRestartProvider(ServiceCatalog catalog)
        : base(catalog)
    {
    }

    /// <inheritdoc />
    public override string Id => "service.restart";

    /// <inheritdoc />
    protected override async Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken)
    {
        var stopped = await Controller.StopAsync(service, cancellationToken).ConfigureAwait(false);
        return stopped.Succeeded ? await Controller.StartAsync(service, cancellationToken).ConfigureAwait(false) : stopped;
    }
}
