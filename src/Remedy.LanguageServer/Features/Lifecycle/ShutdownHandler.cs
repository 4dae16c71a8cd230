using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.Lifecycle;

/// <summary><c>shutdown</c>: answered with null once every earlier message has been handled, as it runs in the queue's order.</summary>
internal sealed class ShutdownHandler : RequestHandler<NoParams, object>
{
    public override string Method => LspMethods.Shutdown;

    public override bool MutatesWorkspace => true;

    public override object? DefaultParameters { get; } = new NoParams();

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities;

    protected override object? Handle(NoParams parameters, RequestContext context, CancellationToken cancellationToken) => null;
}
