using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.Lifecycle;

/// <summary><c>initialized</c>: the client has the capabilities; nothing is registered dynamically, so it only marks the log.</summary>
internal sealed class InitializedHandler : NotificationHandler<NoParams>
{
    public override string Method => LspMethods.Initialized;

    public override object? DefaultParameters { get; } = new NoParams();

    protected override void Handle(NoParams parameters, RequestContext context) => context.Session.Log.Info("client ready");
}
