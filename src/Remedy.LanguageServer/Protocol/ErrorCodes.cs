namespace Remedy.LanguageServer.Protocol;

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
public static class ErrorCodes
{
    /// <summary>The message is not valid JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The request is not allowed now, such as any request after <c>shutdown</c>.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No handler exists for the method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The parameters are malformed or name something the server does not have.</summary>
    public const int InvalidParams = -32602;

    /// <summary>A bug in the server; the server keeps running.</summary>
    public const int InternalError = -32603;

    /// <summary>A request arrived before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The request was valid but could not be carried out, such as a rename to an invalid name.</summary>
    public const int RequestFailed = -32803;

    /// <summary>The client cancelled the request.</summary>
    public const int RequestCancelled = -32800;
}
