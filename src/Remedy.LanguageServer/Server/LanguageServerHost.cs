using Remedy.LanguageServer.Features;
using Remedy.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// Runs the Remedy language server over a pair of streams (standard input and output for
/// <c>remedy lsp</c>, an in-memory pipe in tests): JSON-RPC with LSP framing, the lifecycle, the
/// request queue and every feature handler.
/// </summary>
public sealed class LanguageServerHost : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ServerSession _session;
    private readonly RequestQueue _queue;
    private readonly OrderedSynchronizationContext _context = new();

    /// <summary>Creates a server that reads requests from <paramref name="input"/> and writes to <paramref name="output"/>.</summary>
    public LanguageServerHost(Stream input, Stream output, LanguageServerOptions? options = null)
    {
        options ??= new LanguageServerOptions();
        var log = new ServerLog(options.Log);
        _session = new ServerSession(options, log);
        _queue = new RequestQueue(_session);

        var formatter = new SystemTextJsonFormatter();
        ProtocolJson.Configure(formatter.JsonSerializerOptions);
        _rpc = new JsonRpc(new LspMessageHandler(output, input, formatter, log))
        {
            SynchronizationContext = _context,
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        log.Attach(_rpc);

        var json = ProtocolJson.CreateOptions();
        var handlers = HandlerCatalog.Create(_session, _rpc);
        foreach (var handler in handlers)
        {
            var entry = new MethodEntryPoint(handler, _session, _queue, json);
            _rpc.AddLocalRpcMethod(MethodEntryPoint.InvokeMethod, entry, new JsonRpcMethodAttribute(handler.Method) { UseSingleObjectParameterDeserialization = true });
        }
        _session.Capabilities = handlers.Aggregate(new ServerCapabilities(), (capabilities, handler) => handler.Advertise(capabilities));
    }

    /// <summary>Serves until <c>exit</c> or until the client closes the connection; returns 0 when <c>shutdown</c> came first, else 1.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        _rpc.StartListening();
        using (cancellationToken.Register(_session.SignalExit))
            await Task.WhenAny(_session.Exited, _rpc.Completion).ConfigureAwait(false);
        await DisposeAsync().ConfigureAwait(false);
        return _session.ShutdownReceived && _session.Exited.IsCompleted ? 0 : 1;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_rpc.IsDisposed) return;
        _rpc.Dispose();
        await _queue.CompleteAsync().ConfigureAwait(false);
        _context.Complete();
    }
}
