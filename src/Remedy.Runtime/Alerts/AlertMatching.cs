using Remedy.Runtime.Engine;

namespace Remedy.Runtime.Alerts;

/// <summary>What one alert starts: the playbooks to run, those that a higher priority set aside, and any problem.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="Matches">The playbooks to run, in load order.</param>
/// <param name="Outranked">Playbooks whose trigger matched but lost to a higher priority of the same module.</param>
/// <param name="Problems">Trigger conditions that could not be evaluated on this alert (each counts as not matching).</param>
public sealed record AlertMatching(TriggerAlert Alert, IReadOnlyList<TriggerMatch> Matches, IReadOnlyList<LoadedPlaybook> Outranked, IReadOnlyList<string> Problems);
