namespace Remedy.Runtime.Journal;

/// <summary>A decision to audit: who approved what, which guard refused what, who paused the runtime.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (a person, or <c>runtime</c> for guards).</param>
/// <param name="Kind">What kind of decision (e.g. <c>refused.BlastRadius</c>, <c>approval.approved</c>, <c>pause</c>).</param>
/// <param name="RunId">The run, or empty.</param>
/// <param name="Message">What happened.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Kind, string RunId, string Message);
