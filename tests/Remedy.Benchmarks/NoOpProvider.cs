using Remedy.Runtime.Providers;

namespace Remedy.Benchmarks;

/// <summary>A provider that does nothing, so the figures are the engine's own cost.</summary>
internal sealed class NoOpProvider(string id) : IProvider
{
    private static readonly Task<ProviderResult> Done = Task.FromResult(ProviderResult.Ok());

    public string Id => id;

    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) => Done;
}
