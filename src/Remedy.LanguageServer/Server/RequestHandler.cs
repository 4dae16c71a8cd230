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

    /// <summary>Whether the handler reads the compiler's analysis (bounds, worst cases), so the snapshot's compilation is awaited before it runs.</summary>
    protected virtual bool NeedsCompilation => false;

    public async Task<object?> HandleAsync(object parameters, RequestContext context, CancellationToken cancellationToken)
    {
        // Features read the open documents' trees synchronously; awaiting the parses here keeps
        // pool threads free while a large file parses.
        if (parameters is ITextDocumentParams)
            foreach (var document in context.Snapshot.Documents.Values)
                await document.TreeAsync.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (NeedsCompilation)
            context.Compilation = await context.Session.Compilations.GetAsync(context.Snapshot).WaitAsync(cancellationToken).ConfigureAwait(false);
        return Handle((TParams)parameters, context, cancellationToken);
    }

    protected abstract TResult? Handle(TParams parameters, RequestContext context, CancellationToken cancellationToken);
}
