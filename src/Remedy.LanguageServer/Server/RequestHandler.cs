using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Server;

/// <summary>A request that reads a workspace snapshot and answers; many run at once.</summary>
internal abstract class RequestHandler<TParams, TResult> : IMethodHandler where TParams : class
{
    public abstract string Method { get; }

    public bool IsNotification => false;

    public virtual bool MutatesWorkspace => false;

    public Type ParameterType => typeof(TParams);

    public virtual object? DefaultParameters => null;

    public abstract ServerCapabilities Advertise(ServerCapabilities capabilities);

    public Task<object?> HandleAsync(object parameters, RequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(Handle((TParams)parameters, context, cancellationToken));

    protected abstract TResult? Handle(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}
