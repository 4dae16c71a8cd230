using Remedy.Runtime.Providers;

namespace Remedy.Runtime.Tests.FaultInjection;

/// <summary>
/// Wraps a real provider and appends "<c>id key</c>" to a ledger file, flushed to disk, before every execution,
/// so the parent can count how often each idempotency key really reached a provider, across killed processes.
/// </summary>
public sealed class LedgerProvider(IProvider inner, string ledger) : ICapturingProvider
{
    public string Id => inner.Id;

    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken) =>
        inner is ICapturingProvider capturing ? capturing.CaptureAsync(call, cancellationToken) : Task.FromResult(ProviderResult.Ok());

    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        using (var stream = new FileStream(ledger, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine($"{inner.Id} {call.IdempotencyKey}");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        return inner.ExecuteAsync(call, cancellationToken);
    }
}
