using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.Lifecycle;

/// <summary><c>exit</c>: ends the server; the exit code says whether <c>shutdown</c> came first.</summary>
internal sealed class ExitHandler : NotificationHandler<NoParams>
{
    public override string Method => LspMethods.Exit;

    public override object? DefaultParameters { get; } = new NoParams();

    protected override void Handle(NoParams parameters, RequestContext context) => context.Session.SignalExit();
}
