using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Support;

/// <summary><c>fake.set(target, value)</c>: captures the previous value, then sets the new one.</summary>
public sealed class FakeSetProvider(FakeWorld world) : ICapturingProvider
{
    public string Id => "fake.set";

    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        call.Args.TryGetString("target", out var target);
        return Task.FromResult(ProviderResult.Ok(MapValue.Of(("previous", world.Get(target)))));
    }

    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("target", out var target) || !call.Args.TryGetString("value", out var value))
        {
            return ProviderResult.BadArgument("target/value", "strings");
        }

        world.CallsPerKey.AddOrUpdate(call.IdempotencyKey ?? "(none)", 1, (_, n) => n + 1);
        world.OnAct?.Invoke(target, call.IdempotencyKey);
        if (world.HangOn.Contains(target))
        {
            world.Record($"hang:{target}");
            world.Hung.TrySetResult();
            await world.Release.Task; // deliberately ignores the token: the runtime must not wait for it
            return ProviderResult.Fail(FailureKind.Error, "released after hanging");
        }

        if (world.ThrowOn.Contains(target))
        {
            throw new InvalidOperationException($"boom on {target}");
        }

        if (world.FailNextCalls > 0)
        {
            world.FailNextCalls--;
            world.Record($"fail:{target}");
            return ProviderResult.Fail(FailureKind.Unavailable, $"transient failure on {target}");
        }

        if (world.FailOn.Contains(target))
        {
            world.Record($"fail:{target}");
            return ProviderResult.Fail(FailureKind.Conflict, $"cannot set {target}");
        }

        world.Values[target] = value;
        world.Record($"set:{target}={value}");
        return ProviderResult.Ok(MapValue.Of(("target", target), ("value", value)));
    }
}
