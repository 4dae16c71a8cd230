namespace Remedy.Server.Approvals;

/// <summary>A step of the plan.</summary>
/// <param name="Name">The step name.</param>
/// <param name="Title">Its title.</param>
/// <param name="Effect">read_only, mutating or destructive.</param>
/// <param name="Actions">The actions it may call.</param>
public sealed record PlanStep(string Name, string Title, string Effect, IReadOnlyList<string> Actions);
