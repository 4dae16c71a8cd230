using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Support;

/// <summary><c>fake.delete(target)</c>: an irreversible action.</summary>
public sealed class FakeDeleteProvider(FakeWorld world) : IProvider
{
    public string Id => "fake.delete";

    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        call.Args.TryGetString("target", out var target);
        world.Values.TryRemove(target, out _);
        world.Record($"delete:{target}");
        return Task.FromResult(ProviderResult.Ok());
    }
}
