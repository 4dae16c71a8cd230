using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Support;

/// <summary><c>fake.restore(target, previous)</c>: the compensation of fake.set; idempotent.</summary>
public sealed class FakeRestoreProvider(FakeWorld world) : IProvider
{
    public string Id => "fake.restore";

    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        call.Args.TryGetString("target", out var target);
        call.Args.TryGetString("previous", out var previous);
        if (world.FailUndoOn.Contains(target))
        {
            world.Record($"undo-failed:{target}");
            return Task.FromResult(ProviderResult.Fail(FailureKind.Unavailable, $"cannot restore {target}"));
        }

        world.Values[target] = previous;
        world.Record($"undo:{target}={previous}");
        return Task.FromResult(ProviderResult.Ok());
    }
}
