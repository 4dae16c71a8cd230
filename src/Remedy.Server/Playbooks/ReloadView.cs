namespace Remedy.Server.Playbooks;

/// <summary>The reload state as the API shows it.</summary>
/// <param name="Version">How many good sets were loaded.</param>
/// <param name="Playbooks">How many playbooks run.</param>
/// <param name="LoadedAt">When the running set was loaded.</param>
/// <param name="LastAttemptAt">When a load was last tried.</param>
/// <param name="LastAttemptSucceeded">False when the last edit is broken (the previous set still runs).</param>
/// <param name="Error">The last failed attempt's diagnostics, or null.</param>
public sealed record ReloadView(int Version, int Playbooks, string LoadedAt, string LastAttemptAt, bool LastAttemptSucceeded, string? Error);
