using Microsoft.Extensions.Hosting;

namespace Remedy.Server.Hosting;

/// <summary>
/// A host lifetime that leaves signals alone: <c>remedy serve</c> handles SIGTERM and Ctrl-C itself, so shutdown
/// runs in its order (stop taking alerts, let runs reach a safe point, then stop Kestrel), and servers started
/// in-process by tests never react to the test runner's signals.
/// </summary>
internal sealed class NullLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
