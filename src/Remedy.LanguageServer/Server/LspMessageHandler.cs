using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// The LSP framing (Content-Length headers) with one change: a message whose body is not valid
/// JSON-RPC is answered with a ParseError and skipped, instead of closing the connection as
/// StreamJsonRpc otherwise does. The framing has already consumed the body, so the next message
/// reads cleanly.
/// </summary>
internal sealed class LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ServerLog log)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsMalformedMessage(exception))
            {
                log.Error($"ignored a malformed message: {exception.Message}");
                await ReportParseErrorAsync(exception, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsMalformedMessage(Exception exception) =>
        exception is JsonException or BadRpcHeaderException or FormatException or NotSupportedException or ArgumentException
        || (exception is InvalidOperationException && exception.InnerException is null or JsonException);

    private async Task ReportParseErrorAsync(Exception exception, CancellationToken cancellationToken)
    {
        var error = new JsonRpcError
        {
            RequestId = RequestId.Null,
            Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = $"Parse error: {exception.Message}" },
        };
        try
        {
            await WriteAsync(error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception writeFailure) when (writeFailure is IOException or ObjectDisposedException)
        {
            // The client went away; the read loop ends on its own.
        }
    }
}
