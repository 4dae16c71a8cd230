namespace Remedy.Runtime.Manifest;

/// <summary>A <c>step</c> of a playbook.</summary>
public sealed record StepManifest
{
    /// <summary>The step name (unique in the playbook).</summary>
    public required string Name { get; init; }

    /// <summary>The human title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The strongest effect of any action the step may call.</summary>
    public Effect Effect { get; init; } = Effect.ReadOnly;

    /// <summary>The names of the actions the step may call; any other action is refused inside this step.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>How many times the step is retried after a provider failure (<c>retry 2</c>).</summary>
    public int Retries { get; init; }

    /// <summary>The pause between attempts (<c>backoff 10s</c>).</summary>
    public TimeSpan Backoff { get; init; }

    /// <summary>The step's own timeout, or null to be bounded only by the playbook timeout.</summary>
    public TimeSpan? Timeout { get; init; }
}
