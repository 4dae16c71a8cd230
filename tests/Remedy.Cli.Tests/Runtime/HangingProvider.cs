using Remedy.Runtime.Providers;

namespace Remedy.Cli.Tests.Runtime;

/// <summary>
/// A real provider that hangs (until cancelled) from its Nth call on, after its intent was journaled: the state a
/// crash leaves behind, for <c>remedy recover</c> to settle.
/// </summary>
internal sealed class HangingProvider(IProvider inner, int hangFromCall) : ICapturingProvider
{
    private int calls;

    public string Id => inner.Id;

    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken) =>
        inner is ICapturingProvider capturing ? capturing.CaptureAsync(call, cancellationToken) : Task.FromResult(ProviderResult.Ok());

    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) >= hangFromCall)
        {
            Hung.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return await inner.ExecuteAsync(call, cancellationToken);
    }
}
