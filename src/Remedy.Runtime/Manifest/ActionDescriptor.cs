namespace Remedy.Runtime.Manifest;

/// <summary>An <c>action</c> declaration as the runtime needs it.</summary>
public sealed record ActionDescriptor
{
    /// <summary>The action name generated code passes to <c>IStepContext.InvokeAsync</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The provider id from <c>provider "…"</c>.</summary>
    public required string ProviderId { get; init; }

    /// <summary>The declared effect.</summary>
    public Effect Effect { get; init; } = Effect.Mutating;

    /// <summary>The declared risk.</summary>
    public Risk Risk { get; init; } = Risk.Low;

    /// <summary>The compensation, or null when irreversible (or read-only).</summary>
    public RollbackDescriptor? Rollback { get; init; }

    /// <summary>Why the action cannot be undone, or null when it has a rollback.</summary>
    public string? IrreversibleReason { get; init; }

    /// <summary>How long one call may take before it is cancelled and counted as a failure.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>True when the action changes the world.</summary>
    public bool IsMutation => Effect != Effect.ReadOnly;
}
