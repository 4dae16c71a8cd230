namespace Remedy.Runtime.Safety;

/// <summary>What the autonomy gate lets a mutating call do.</summary>
public enum MutationMode
{
    /// <summary>Refuse it (observe_only).</summary>
    Refuse,
    /// <summary>Record it in the plan and do nothing (suggest, dry run).</summary>
    PlanOnly,
    /// <summary>Wait for approval, then act (supervised).</summary>
    ActAfterApproval,
    /// <summary>Act (autonomous).</summary>
    Act,
}
