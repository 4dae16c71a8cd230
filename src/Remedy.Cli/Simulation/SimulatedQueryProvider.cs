using Remedy.Runtime.Providers;

namespace Remedy.Cli.Simulation;

/// <summary>A query provider that answers from the simulated world.</summary>
internal sealed class SimulatedQueryProvider(string id, SimulatedWorld world, string query) : IProvider
{
    /// <inheritdoc />
    public string Id => id;

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderResult.Ok(world.Answer(query)));
}
