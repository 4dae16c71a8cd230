using System.Threading.Channels;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// Runs posted callbacks one at a time in the order they were posted. StreamJsonRpc invokes
/// handlers through this context, so the entry points see messages in the order they arrived and
/// hand them to the request queue in that order; without it the thread pool could reorder two
/// quick edits.
/// </summary>
internal sealed class OrderedSynchronizationContext : SynchronizationContext
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _work =
        Channel.CreateUnbounded<(SendOrPostCallback, object?)>(new UnboundedChannelOptions { SingleReader = true });

    public OrderedSynchronizationContext() => _ = Task.Run(PumpAsync);

    public override void Post(SendOrPostCallback d, object? state) => _work.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous sends would deadlock the ordered pump.");

    public override SynchronizationContext CreateCopy() => this;

    public void Complete() => _work.Writer.TryComplete();

    private async Task PumpAsync()
    {
        await foreach (var (callback, state) in _work.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                callback(state);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A callback is an entry point that already reports its own failures; one that
                // still throws must not stop every later message from being dispatched.
                System.Diagnostics.Trace.TraceError(exception.ToString());
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }
}
