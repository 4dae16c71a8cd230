using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>A request to run a playbook.</summary>
public sealed record RunRequest
{
    /// <summary>Who or what asks (a person, or e.g. <c>alertmanager</c>); this name cannot approve the run.</summary>
    public required string RequestedBy { get; init; }

    /// <summary>The trigger input (the alert as a map).</summary>
    public MapValue Input { get; init; } = MapValue.Empty;

    /// <summary>Plan only: no mutation, notification or wait is performed.</summary>
    public bool DryRun { get; init; }

    /// <summary>The run id; a new one is generated when null.</summary>
    public string? RunId { get; init; }
}
