namespace Remedy.Server.Approvals;

/// <summary>What an approval lets happen: the targets, the playbook's steps, how each action is undone, the blast radius.</summary>
/// <param name="Targets">The targets the waiting step acts on.</param>
/// <param name="Steps">The playbook's steps in order.</param>
/// <param name="Rollbacks">How each mutating action is compensated.</param>
/// <param name="BlastRadius">The playbook's blast radius, or null when it declares none.</param>
/// <param name="Note">
/// Why the steps, rollbacks and blast radius are missing (the version the run executes is no longer known), or null.
/// </param>
public sealed record ApprovalPlan(IReadOnlyList<string> Targets, IReadOnlyList<PlanStep> Steps, IReadOnlyList<PlanRollback> Rollbacks, BlastRadiusView? BlastRadius, string? Note = null);
