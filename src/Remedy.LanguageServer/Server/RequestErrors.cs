using Remedy.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Server;

/// <summary>The protocol errors a request can end with; StreamJsonRpc turns each into an error response.</summary>
internal static class RequestErrors
{
    public static LocalRpcException NotInitialized(string method) =>
        new($"'{method}' arrived before 'initialize'.") { ErrorCode = ErrorCodes.ServerNotInitialized };

    public static LocalRpcException AlreadyInitialized() =>
        new("The server is already initialized.") { ErrorCode = ErrorCodes.InvalidRequest };

    public static LocalRpcException ShuttingDown(string method) =>
        new($"'{method}' arrived after 'shutdown'; only 'exit' is accepted now.") { ErrorCode = ErrorCodes.InvalidRequest };

    public static LocalRpcException InvalidParams(string method, string reason) =>
        new($"Invalid parameters for '{method}': {reason}") { ErrorCode = ErrorCodes.InvalidParams };

    public static LocalRpcException DocumentNotOpen(string uri) =>
        new($"The document '{uri}' is not open; send textDocument/didOpen first.") { ErrorCode = ErrorCodes.InvalidParams };

    public static LocalRpcException Failed(string message) =>
        new(message) { ErrorCode = ErrorCodes.RequestFailed };

    public static LocalRpcException Internal(string method, Exception exception) =>
        new($"Internal error in '{method}': {exception.GetType().Name}: {exception.Message}") { ErrorCode = ErrorCodes.InternalError };
}
