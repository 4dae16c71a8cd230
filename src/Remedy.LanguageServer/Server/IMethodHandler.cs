using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Server;

/// <summary>One protocol method: its name, whether it changes the workspace, and how it is served.</summary>
internal interface IMethodHandler
{
    /// <summary>The protocol method name, such as <c>textDocument/hover</c>.</summary>
    string Method { get; }

    /// <summary>Whether the method is a notification (no response).</summary>
    bool IsNotification { get; }

    /// <summary>Whether it changes the workspace; such methods run alone and in arrival order.</summary>
    bool MutatesWorkspace { get; }

    /// <summary>The type its parameters are read into.</summary>
    Type ParameterType { get; }

    /// <summary>The parameters used when the message has none; null when parameters are required.</summary>
    object? DefaultParameters { get; }

    /// <summary>Adds the capability this method implements to what the server advertises.</summary>
    ServerCapabilities Advertise(ServerCapabilities capabilities);

    /// <summary>Serves one message.</summary>
    Task<object?> HandleAsync(object parameters, RequestContext context, CancellationToken cancellationToken);
}
