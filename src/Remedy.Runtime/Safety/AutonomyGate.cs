using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Safety;

/// <summary>The autonomy gate, pure: what a mutating call may do at a level.</summary>
public static class AutonomyGate
{
    /// <summary>Decides the mode of mutating calls.</summary>
    /// <param name="level">The effective autonomy level.</param>
    /// <param name="dryRun">True for a dry run, which plans at every level that could act.</param>
    /// <returns>The mode.</returns>
    public static MutationMode Decide(AutonomyLevel level, bool dryRun) => level switch
    {
        AutonomyLevel.ObserveOnly => MutationMode.Refuse,
        AutonomyLevel.Suggest => MutationMode.PlanOnly,
        _ when dryRun => MutationMode.PlanOnly,
        AutonomyLevel.Supervised => MutationMode.ActAfterApproval,
        AutonomyLevel.Autonomous => MutationMode.Act,
        _ => MutationMode.Refuse,
    };
}
