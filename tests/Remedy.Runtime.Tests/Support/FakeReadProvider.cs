using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Support;

/// <summary><c>fake.read(target)</c>: a query returning the target's value.</summary>
public sealed class FakeReadProvider(FakeWorld world) : IProvider
{
    public string Id => "fake.read";

    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        call.Args.TryGetString("target", out var target);
        world.Record($"read:{target}");
        return Task.FromResult(ProviderResult.Ok(world.Get(target)));
    }
}
