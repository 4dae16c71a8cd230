using Remedy.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Server;

/// <summary>The server's log: <c>window/logMessage</c> to the client once connected, and the configured writer (standard error for <c>remedy lsp</c>).</summary>
internal sealed class ServerLog(TextWriter? writer)
{
    private readonly object _gate = new();
    private JsonRpc? _rpc;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public void Write(MessageType type, string message)
    {
        if (writer is not null)
            lock (_gate)
            {
                writer.WriteLine($"[remedy-lsp] {type.ToString().ToLowerInvariant()}: {message}");
                writer.Flush();
            }
        if (_rpc is { IsDisposed: false } rpc)
            _ = SendAsync(rpc, new LogMessageParams(type, message));
    }

    public void Info(string message) => Write(MessageType.Info, message);

    public void Error(string message) => Write(MessageType.Error, message);

    private static async Task SendAsync(JsonRpc rpc, LogMessageParams parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(LspMethods.LogMessage, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            // The client is gone; there is nobody left to tell.
        }
    }
}
