using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Process;

/// <summary>
/// Shared argument handling for the service providers: the <c>service</c> argument must name an allowlisted
/// service. Mutating ones capture <c>{service, was_running}</c> so <c>service.restore</c> can put the service
/// back as it was.
/// </summary>
public abstract class ServiceProviderBase : ICapturingProvider
{
    private readonly ServiceCatalog catalog;

    /// <summary>Creates the provider.</summary>
    /// <param name="catalog">The allowlisted services.</param>
    protected ServiceProviderBase(ServiceCatalog catalog) => this.catalog = catalog;

    /// <inheritdoc />
    public abstract string Id { get; }

    internal ServiceController Controller { get; } = new();

    /// <inheritdoc />
    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken) =>
        Task.FromResult(Resolve(call, out var service) is { } failure
            ? failure
            : ProviderResult.Ok(MapValue.Of(("service", service!.Name), ("was_running", Controller.Status(service).Running))));

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) =>
        Resolve(call, out var service) is { } failure ? Task.FromResult(failure) : ExecuteAsync(service!, call, cancellationToken);

    /// <summary>Acts on a resolved, allowlisted service.</summary>
    /// <param name="service">The service.</param>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The result.</returns>
    protected abstract Task<ProviderResult> ExecuteAsync(ServiceDefinition service, ProviderCall call, CancellationToken cancellationToken);

    private ProviderResult? Resolve(ProviderCall call, out ServiceDefinition? service)
    {
        service = null;
        if (!call.Args.TryGetString("service", out var name))
        {
            return ProviderResult.BadArgument("service", "a service name");
        }

        return catalog.TryGet(name, out service)
            ? null
            : ProviderResult.Fail(FailureKind.Denied, $"service '{name}' is not in the allowlist ({string.Join(", ", catalog.Names.Order(StringComparer.Ordinal))})");
    }
}
