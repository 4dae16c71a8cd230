using Remedy.Server.Playbooks;

namespace Remedy.Server.Hosting;

/// <summary><c>GET /api/v1/status</c>: the reload state and the queue.</summary>
/// <param name="Reload">The playbooks' reload state.</param>
/// <param name="QueueDepth">Accepted alerts waiting for a worker.</param>
/// <param name="QueueCapacity">The queue's capacity.</param>
/// <param name="RunsInFlight">Runs executing (including those waiting for approval).</param>
/// <param name="Draining">True while shutting down.</param>
public sealed record StatusView(ReloadView Reload, int QueueDepth, int QueueCapacity, int RunsInFlight, bool Draining);
