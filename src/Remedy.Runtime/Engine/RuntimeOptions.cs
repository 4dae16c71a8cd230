namespace Remedy.Runtime.Engine;

/// <summary>Runtime settings that are not part of a playbook.</summary>
public sealed record RuntimeOptions
{
    /// <summary>How long an approval request stays valid.</summary>
    public TimeSpan ApprovalTtl { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a waiting supervised step looks for decisions (they may come from another process).</summary>
    public TimeSpan ApprovalPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Where failed compensations are escalated.</summary>
    public string EscalationChannel { get; init; } = "oncall";

    /// <summary>How many times a compensation is tried before it is recorded as failed and escalated.</summary>
    public int CompensationAttempts { get; init; } = 3;

    /// <summary>The timeout of one compensation call.</summary>
    public TimeSpan CompensationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives every journaled event and approval wait, for a live display; null for none.</summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>The budget of an <c>on success</c> / <c>on failure</c> block.</summary>
    public TimeSpan HandlerTimeout { get; init; } = TimeSpan.FromMinutes(1);
}
