using Remedy.Runtime.Providers;

namespace Remedy.Runtime.Engine;

/// <summary>
/// Calls providers under a timeout. The runtime stops waiting at the timeout even if the provider ignores its
/// token, and converts every exception into a typed failure, so no provider can hang or crash a run.
/// </summary>
internal sealed class ProviderInvoker
{
    private readonly TimeProvider clock;

    public ProviderInvoker(TimeProvider clock) => this.clock = clock;

    public Task<ProviderResult> ExecuteAsync(IProvider provider, ProviderCall call, TimeSpan timeout, CancellationToken cancellationToken) =>
        GuardAsync(provider.Id, "call", token => provider.ExecuteAsync(call, token), timeout, cancellationToken);

    public Task<ProviderResult> CaptureAsync(ICapturingProvider provider, ProviderCall call, TimeSpan timeout, CancellationToken cancellationToken) =>
        GuardAsync(provider.Id, "capture", token => provider.CaptureAsync(call, token), timeout, cancellationToken);

    private async Task<ProviderResult> GuardAsync(string id, string what, Func<CancellationToken, Task<ProviderResult>> start, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ProviderResult.Fail(FailureKind.Cancelled, $"{id} {what} was not started: the run was cancelled");
        }

        using var deadline = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var task = start(linked.Token);
            var result = task.IsCompleted ? await task.ConfigureAwait(false) : await task.WaitAsync(linked.Token).ConfigureAwait(false);
            return result ?? ProviderResult.Fail(FailureKind.Error, $"{id} returned no result");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ProviderResult.Fail(FailureKind.Cancelled, $"{id} {what} was cancelled with the run");
        }
        catch (OperationCanceledException)
        {
            return ProviderResult.Fail(FailureKind.Timeout, $"{id} {what} did not finish within {timeout} and was cancelled");
        }
        catch (Exception e)
        {
            return ProviderResult.Fail(FailureKind.Error, $"{id} {what} threw {e.GetType().Name}: {e.Message}");
        }
    }
}
