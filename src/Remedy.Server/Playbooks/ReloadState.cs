namespace Remedy.Server.Playbooks;

/// <summary>How the last (re)load of the playbooks went.</summary>
/// <param name="Version">How many times a good set was loaded (1 after start).</param>
/// <param name="LoadedAt">When the running set was loaded.</param>
/// <param name="LastAttemptAt">When the last load was tried.</param>
/// <param name="LastAttemptSucceeded">False when the last edit broke the playbooks (the previous set still runs).</param>
/// <param name="Error">The diagnostics of the last failed attempt, or null.</param>
public sealed record ReloadState(int Version, DateTimeOffset LoadedAt, DateTimeOffset LastAttemptAt, bool LastAttemptSucceeded, string? Error);
