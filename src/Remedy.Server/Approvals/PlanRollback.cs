namespace Remedy.Server.Approvals;

/// <summary>How one mutating action of the plan is undone.</summary>
/// <param name="Action">The action.</param>
/// <param name="Reversible">False when it declares itself irreversible.</param>
/// <param name="Rollback">The compensation (<c>files.restore(path, trash_path)</c>), or why it cannot be undone.</param>
public sealed record PlanRollback(string Action, bool Reversible, string Rollback);
