using System.Threading.Channels;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// Orders the work of one connection, as Roslyn's request queue does: messages that change the
/// workspace run one at a time in arrival order; every other request starts on the snapshot that
/// is current when it is dequeued (so it sees every earlier change and none later) and runs
/// concurrently with later reads.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Channel<WorkItem> _items = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ServerSession _session;
    private readonly Task _processing;

    public RequestQueue(ServerSession session)
    {
        _session = session;
        _processing = Task.Run(ProcessAsync);
    }

    public Task<object?> Enqueue(IMethodHandler handler, object parameters, CancellationToken cancellationToken)
    {
        var item = new WorkItem(handler, parameters, cancellationToken, new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_items.Writer.TryWrite(item)) item.Completion.TrySetException(RequestErrors.ShuttingDown(handler.Method));
        return item.Completion.Task;
    }

    public async Task CompleteAsync()
    {
        _items.Writer.TryComplete();
        await _processing.ConfigureAwait(false);
    }

    private async Task ProcessAsync()
    {
        await foreach (var item in _items.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (item.CancellationToken.IsCancellationRequested)
            {
                item.Completion.TrySetCanceled(item.CancellationToken);
                continue;
            }
            var snapshot = _session.Workspace.Current;
            if (item.Handler.MutatesWorkspace) await ExecuteAsync(item, new RequestContext(snapshot, _session)).ConfigureAwait(false);
            else _ = Task.Run(() => ExecuteAsync(item, new RequestContext(snapshot, _session)));
        }
    }

    private async Task ExecuteAsync(WorkItem item, RequestContext context)
    {
        try
        {
            item.Completion.TrySetResult(await item.Handler.HandleAsync(item.Parameters, context, item.CancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (item.CancellationToken.IsCancellationRequested)
        {
            item.Completion.TrySetCanceled(item.CancellationToken);
        }
        catch (LocalRpcException exception)
        {
            item.Completion.TrySetException(exception);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in one handler answers its request with InternalError; the server keeps serving.
            _session.Log.Error($"{item.Handler.Method} failed: {exception}");
            item.Completion.TrySetException(RequestErrors.Internal(item.Handler.Method, exception));
        }
    }

    private sealed record WorkItem(IMethodHandler Handler, object Parameters, CancellationToken CancellationToken, TaskCompletionSource<object?> Completion);
}
