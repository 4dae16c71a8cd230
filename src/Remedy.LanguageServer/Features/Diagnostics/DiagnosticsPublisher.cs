using System.Collections.Concurrent;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Features.Diagnostics;

/// <summary>
/// Pushes <c>textDocument/publishDiagnostics</c> after edits. An edit that arrives when the document's
/// previous check has finished is checked at once; an edit that arrives while one is still pending
/// or running waits the delay (restarted by each further edit), so a burst of keys faster than the
/// server compiles once at its end, and a server that keeps up never adds a delay. Results are
/// published only while their version
/// is still the document's current one and newer than what was last published, so a slow, stale
/// compilation can never overwrite a newer result.
/// </summary>
internal sealed class DiagnosticsPublisher(ServerSession session, JsonRpc rpc) : IDocumentObserver
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _published = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _publishGate = new(1, 1);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    public void DocumentChanged(string uri)
    {
        // A change to one file can change what another file's names mean, so every open document is re-checked.
        foreach (var open in session.Workspace.Current.Documents.Keys) Schedule(open);
        if (!session.Workspace.Current.Documents.ContainsKey(uri)) Schedule(uri);
    }

    private void Schedule(string uri)
    {
        var cancellation = new CancellationTokenSource();
        if (_pending.TryGetValue(uri, out var previous)) previous.Cancel();
        _pending[uri] = cancellation;
        var busy = _running.TryGetValue(uri, out var running) && !running.IsCompleted;
        var delay = busy ? session.Options.DiagnosticsDelay : TimeSpan.Zero;
        _running[uri] = Task.Run(() => PublishAfterDelayAsync(uri, delay, cancellation.Token));
    }

    public void DocumentClosed(string uri)
    {
        if (_pending.TryRemove(uri, out var previous)) previous.Cancel();
        _ = Task.Run(() => ClearAsync(uri));
        foreach (var open in session.Workspace.Current.Documents.Keys) Schedule(open);
    }

    private async Task PublishAfterDelayAsync(string uri, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            var snapshot = session.Workspace.Current;
            if (snapshot.Find(uri) is not { } document) return;
            var compilation = await session.Compilations.GetAsync(snapshot).WaitAsync(cancellationToken).ConfigureAwait(false);
            var diagnostics = DiagnosticConverter.For(compilation, document);
            await _publishGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                var current = session.Workspace.Current.Find(uri);
                if (current is null || current.Version != document.Version) return;
                if (_published.TryGetValue(uri, out var last) && last > document.Version) return;
                _published[uri] = document.Version;
                await rpc.NotifyWithParameterObjectAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, diagnostics, document.Version)).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // A newer edit superseded this one; its own publication follows.
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
        {
            // The client disconnected.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            session.Log.Error($"diagnostics for {uri} failed: {exception}");
        }
    }

    private async Task ClearAsync(string uri)
    {
        await _publishGate.WaitAsync().ConfigureAwait(false);
        try
        {
            _published.Remove(uri);
            if (session.Workspace.Current.Find(uri) is not null) return;
            await rpc.NotifyWithParameterObjectAsync(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, [])).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException)
        {
            // The client disconnected.
        }
        finally
        {
            _publishGate.Release();
        }
    }
}
