namespace Remedy.Runtime.Safety;

/// <summary>One person's approval or denial of a step.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Step">The step.</param>
/// <param name="By">Who decided.</param>
/// <param name="Approved">True for an approval, false for a denial.</param>
/// <param name="At">When.</param>
/// <param name="Comment">Why, optional.</param>
public sealed record ApprovalDecision(string RunId, string Step, string By, bool Approved, DateTimeOffset At, string Comment = "");
