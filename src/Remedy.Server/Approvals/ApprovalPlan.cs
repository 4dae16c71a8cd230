namespace Remedy.Server.Approvals;

/// <summary>What an approval lets happen: the targets, the playbook's steps, how each action is undone, the blast radius.</summary>
/// <param name="Targets">The targets the waiting step acts on.</param>
/// <param name="Steps">The playbook's steps in order.</param>
/// <param name="Rollbacks">How each mutating action is compensated.</param>
/// <param name="BlastRadius">The playbook's blast radius, or null when it declares none.</param>
public sealed record ApprovalPlan(IReadOnlyList<string> Targets, IReadOnlyList<PlanStep> Steps, IReadOnlyList<PlanRollback> Rollbacks, BlastRadiusView? BlastRadius);
