namespace Remedy.Server.Intake;

/// <summary>The alert a dedup key stands for: when it was accepted, its journal id, and when it became durable.</summary>
/// <param name="At">When it was accepted.</param>
/// <param name="Id">Its journal id (what duplicates are folded into).</param>
/// <param name="Durable">Completes when its journal write committed; faults when the write failed.</param>
public sealed record DedupEntry(DateTimeOffset At, string Id, Task Durable);
