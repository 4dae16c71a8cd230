namespace Remedy.Runtime.Manifest;

/// <summary>
/// The safety manifest embedded in a compiled playbook. The runtime re-checks it at load and enforces it at
/// run time; generated code cannot widen it.
/// </summary>
public sealed record PlaybookManifest
{
    /// <summary>The playbook name.</summary>
    public required string Name { get; init; }

    /// <summary>The module that declares it.</summary>
    public string Module { get; init; } = string.Empty;

    /// <summary>The declared autonomy level.</summary>
    public AutonomyLevel Autonomy { get; init; } = AutonomyLevel.Suggest;

    /// <summary>The <c>promote to</c> rule, or null.</summary>
    public PromotionRule? Promotion { get; init; }

    /// <summary>The blast radius, required when any step mutates.</summary>
    public BlastRadiusPolicy? BlastRadius { get; init; }

    /// <summary>The circuit breaker, required at autonomous.</summary>
    public CircuitBreakerPolicy? CircuitBreaker { get; init; }

    /// <summary>The rate limit, or null.</summary>
    public RateLimitPolicy? RateLimit { get; init; }

    /// <summary>How long after a mutation the same target may not be mutated again by another run, or null.</summary>
    public TimeSpan? TargetCooldown { get; init; }

    /// <summary>The whole run's timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many different people must approve each supervised mutating step.</summary>
    public int Approvers { get; init; } = 1;

    /// <summary>The steps.</summary>
    public IReadOnlyList<StepManifest> Steps { get; init; } = [];

    /// <summary>The actions the playbook may call (including those used only as rollbacks).</summary>
    public IReadOnlyList<ActionDescriptor> Actions { get; init; } = [];

    /// <summary>The queries the playbook may call.</summary>
    public IReadOnlyList<QueryDescriptor> Queries { get; init; } = [];

    /// <summary>The <c>choose</c> blocks.</summary>
    public IReadOnlyList<ChoiceManifest> Choices { get; init; } = [];

    /// <summary>What the compiler proved.</summary>
    public ComputedBounds Bounds { get; init; } = new(null, TimeSpan.Zero);

    /// <summary>The SHA-256 of the source text, hex.</summary>
    public string SourceHash { get; init; } = string.Empty;

    /// <summary>Finds an action by name.</summary>
    /// <param name="name">The action name.</param>
    /// <returns>The action, or null.</returns>
    public ActionDescriptor? FindAction(string name) => Actions.FirstOrDefault(a => a.Name == name);

    /// <summary>Finds a query by name.</summary>
    /// <param name="name">The query name.</param>
    /// <returns>The query, or null.</returns>
    public QueryDescriptor? FindQuery(string name) => Queries.FirstOrDefault(q => q.Name == name);

    /// <summary>Finds a step by name.</summary>
    /// <param name="name">The step name.</param>
    /// <returns>The step, or null.</returns>
    public StepManifest? FindStep(string name) => Steps.FirstOrDefault(s => s.Name == name);

    /// <summary>Finds a choice by name.</summary>
    /// <param name="name">The decision name.</param>
    /// <returns>The choice, or null.</returns>
    public ChoiceManifest? FindChoice(string name) => Choices.FirstOrDefault(c => c.Name == name);
}
