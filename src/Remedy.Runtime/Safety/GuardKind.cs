namespace Remedy.Runtime.Safety;

/// <summary>The guard that refused something.</summary>
public enum GuardKind
{
    /// <summary>The manifest is invalid or names something the runtime does not have.</summary>
    Manifest,
    /// <summary>Generated code called an action, query, step or option the manifest does not declare for that place.</summary>
    Undeclared,
    /// <summary>The autonomy level forbids the call (a mutation at observe_only).</summary>
    Autonomy,
    /// <summary>Too many targets, or too high a share of the population, or a target not in the declared set.</summary>
    BlastRadius,
    /// <summary>A target outside the declared <c>scope</c>.</summary>
    Scope,
    /// <summary>The circuit breaker is open.</summary>
    CircuitBreaker,
    /// <summary>The playbook's rate limit is used up.</summary>
    RateLimit,
    /// <summary>The target was remediated by another run within its cooldown.</summary>
    Cooldown,
    /// <summary>The global kill switch is engaged.</summary>
    KillSwitch,
    /// <summary>A supervised step has no (or not enough) valid approvals.</summary>
    ApprovalMissing,
    /// <summary>The approval request expired before enough approvals arrived.</summary>
    ApprovalExpired,
    /// <summary>Someone denied the step.</summary>
    ApprovalDenied,
    /// <summary>The requester tried to approve their own run.</summary>
    SelfApproval,
    /// <summary>The compensation of an action could not be built from its captured state.</summary>
    Rollback,
    /// <summary>A mutation with this idempotency key was already journaled.</summary>
    Duplicate,
}
