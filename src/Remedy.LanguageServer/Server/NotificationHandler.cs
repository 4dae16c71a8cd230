using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Server;

/// <summary>A notification that changes the server's state; it runs alone, in arrival order.</summary>
internal abstract class NotificationHandler<TParams> : IMethodHandler where TParams : class
{
    public abstract string Method { get; }

    public bool IsNotification => true;

    public bool MutatesWorkspace => true;

    public Type ParameterType => typeof(TParams);

    public virtual object? DefaultParameters => null;

    public virtual ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities;

    public Task<object?> HandleAsync(object parameters, RequestContext context, CancellationToken cancellationToken)
    {
        Handle((TParams)parameters, context);
        return Task.FromResult<object?>(null);
    }

    protected abstract void Handle(TParams parameters, RequestContext context);
}
