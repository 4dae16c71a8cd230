using Remedy.Runtime.Providers;

namespace Remedy.Cli.Simulation;

/// <summary>An action provider that always succeeds and records what it did; whether it helped is the oracle's call.</summary>
internal sealed class SimulatedActionProvider(string id, SimulatedWorld world) : IProvider
{
    /// <inheritdoc />
    public string Id => id;

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        world.Record(call);
        return Task.FromResult(ProviderResult.Ok());
    }
}
