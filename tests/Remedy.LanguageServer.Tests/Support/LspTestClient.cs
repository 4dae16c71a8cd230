using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Nerdbank.Streams;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Tests.Support;

/// <summary>
/// A protocol client written against the raw wire format (Content-Length framing and JSON text),
/// independent of the server's own JSON-RPC library, so tests see exactly what an editor sees.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Stream _stream;
    private readonly Channel<JsonObject> _incoming = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _notifications = [];
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _responses = [];
    private readonly object _gate = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Task _reading;
    private int _nextId;

    private LspTestClient(Stream stream, Task<int>? server)
    {
        _stream = stream;
        ServerRun = server;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's run, which ends with its exit code.</summary>
    public Task<int>? ServerRun { get; }

    public static LspTestClient StartInMemory(LanguageServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var host = new LanguageServerHost(serverStream, serverStream, options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        var run = Task.Run(() => host.RunAsync());
        return new LspTestClient(clientStream, run);
    }

    public static LspTestClient Over(Stream stream) => new(stream, null);

    /// <summary>Starts an in-memory server and completes initialize/initialized.</summary>
    public static async Task<LspTestClient> StartInitializedAsync(LanguageServerOptions? options = null)
    {
        var client = StartInMemory(options);
        var response = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        if (response["result"] is null) throw new InvalidOperationException("initialize failed: " + response.ToJsonString());
        await client.NotifyAsync("initialized", new JsonObject());
        return client;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = Expect(id);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await pending.Task.WaitAsync(Timeout);
    }

    /// <summary>Sends a request and returns its id and the task of its response, for tests that cancel it.</summary>
    public async Task<(int Id, Task<JsonObject> Response)> StartRequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = Expect(id);
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return (id, pending.Task.WaitAsync(Timeout));
    }

    public Task<JsonObject> ExpectResponse(object? id) => Expect(id).Task.WaitAsync(Timeout);

    public Task NotifyAsync(string method, JsonNode? parameters = null)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        return SendAsync(message);
    }

    public Task SendAsync(JsonObject message) => SendRawAsync(message.ToJsonString());

    /// <summary>Writes one framed message whose body is exactly <paramref name="body"/>, valid JSON or not.</summary>
    public async Task SendRawAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var header = Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n");
        await _writeGate.WaitAsync();
        try
        {
            await _stream.WriteAsync(header);
            await _stream.WriteAsync(bytes);
            await _stream.FlushAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Waits for a notification of <paramref name="method"/> matching <paramref name="predicate"/>, including ones already received.</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                var match = _notifications.FirstOrDefault(n => (string?)n["method"] == method && (predicate?.Invoke(n) ?? true));
                if (match is not null)
                {
                    _notifications.Remove(match);
                    return match;
                }
            }
            await Task.Delay(2);
        }
        throw new TimeoutException($"no {method} notification arrived");
    }

    /// <summary>Waits for the diagnostics of a document at a version.</summary>
    public Task<JsonObject> WaitForDiagnosticsAsync(string uri, int version) =>
        WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["params"]!["uri"] == uri && (int?)n["params"]!["version"] == version);

    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_gate) return _notifications.Where(n => (string?)n["method"] == method).ToList();
    }

    public async Task OpenAsync(string uri, string text, int version = 1) =>
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "remedy", ["version"] = version, ["text"] = text },
        });

    public async Task<int> ShutdownAndExitAsync()
    {
        var response = await RequestAsync("shutdown");
        if (response["error"] is not null) throw new InvalidOperationException(response.ToJsonString());
        await NotifyAsync("exit");
        return ServerRun is null ? 0 : await ServerRun.WaitAsync(Timeout);
    }

    private TaskCompletionSource<JsonObject> Expect(object? id)
    {
        var key = id is null ? "null" : JsonValue.Create(id)!.ToJsonString();
        lock (_gate)
        {
            if (!_responses.TryGetValue(key, out var pending))
                _responses[key] = pending = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            return pending;
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new List<byte>();
        var chunk = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var message = TryParse(buffer);
                if (message is not null)
                {
                    Dispatch(message);
                    continue;
                }
                var read = await _stream.ReadAsync(chunk);
                if (read == 0) return;
                buffer.AddRange(chunk.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The server closed the connection.
        }
    }

    private static JsonObject? TryParse(List<byte> buffer)
    {
        var bytes = buffer.ToArray();
        var headerEnd = IndexOf(bytes, "\r\n\r\n"u8.ToArray());
        if (headerEnd < 0) return null;
        var header = Encoding.ASCII.GetString(bytes, 0, headerEnd);
        var lengthLine = header.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = int.Parse(lengthLine["Content-Length:".Length..].Trim());
        if (bytes.Length < headerEnd + 4 + length) return null;
        var body = Encoding.UTF8.GetString(bytes, headerEnd + 4, length);
        buffer.RemoveRange(0, headerEnd + 4 + length);
        return JsonNode.Parse(body)!.AsObject();
    }

    private void Dispatch(JsonObject message)
    {
        lock (_gate)
        {
            if (message.ContainsKey("id") && !message.ContainsKey("method"))
            {
                var key = message["id"]?.ToJsonString() ?? "null";
                if (!_responses.TryGetValue(key, out var pending))
                    _responses[key] = pending = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending.TrySetResult(message);
            }
            else
            {
                _notifications.Add(message);
            }
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        try
        {
            await _reading.WaitAsync(Timeout);
            if (ServerRun is not null) await ServerRun.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            // A test that fails mid-conversation must still release its streams.
        }
    }
}
