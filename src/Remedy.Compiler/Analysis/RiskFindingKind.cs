namespace Remedy.Compiler.Analysis;

/// <summary>Ways a new version of a playbook can be riskier than the old one.</summary>
public enum RiskFindingKind
{
    /// <summary>A new playbook that changes the world.</summary>
    MutatingPlaybookAdded,
    /// <summary>The highest reachable autonomy went up (declared or promoted).</summary>
    AutonomyRaised,
    /// <summary>A promotion was added, or now needs fewer runs.</summary>
    PromotionEased,
    /// <summary>The blast radius was removed.</summary>
    BlastRadiusRemoved,
    /// <summary><c>max_targets</c> went up or was removed.</summary>
    MaxTargetsRaised,
    /// <summary><c>max_percent</c> went up or was removed.</summary>
    MaxPercentRaised,
    /// <summary>A <c>scope</c> was removed or changed.</summary>
    ScopeWidened,
    /// <summary>A target list can now hold more targets.</summary>
    TargetsWidened,
    /// <summary>A call of a mutating action that the old version did not make.</summary>
    NewMutatingCall,
    /// <summary>A call of an irreversible action that the old version did not make.</summary>
    NewIrreversibleCall,
    /// <summary>A call of a destructive action that the old version did not make.</summary>
    NewDestructiveCall,
    /// <summary>The circuit breaker was removed.</summary>
    CircuitBreakerRemoved,
    /// <summary>The rate limit was removed or allows more runs.</summary>
    RateLimitLoosened,
    /// <summary>The per-target cooldown was removed or shortened.</summary>
    CooldownLoosened,
    /// <summary>Fewer approvers are needed.</summary>
    ApproversReduced,
    /// <summary>The timeout is longer or was removed.</summary>
    TimeoutLonger,
}
