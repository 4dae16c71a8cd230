using Remedy.Runtime.Providers;

namespace Remedy.Runtime.Tests.EndToEnd;

/// <summary>
/// Wraps a real provider and, on its Nth execution, freezes before acting, as if the process had died there.
/// </summary>
public sealed class InterruptingProvider(ICapturingProvider inner, int freezeOnCall) : ICapturingProvider
{
    private int calls;

    public TaskCompletionSource Frozen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id => inner.Id;

    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken) => inner.CaptureAsync(call, cancellationToken);

    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) == freezeOnCall)
        {
            Frozen.TrySetResult();
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
        }

        return await inner.ExecuteAsync(call, cancellationToken);
    }
}
