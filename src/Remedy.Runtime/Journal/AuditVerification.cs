namespace Remedy.Runtime.Journal;

/// <summary>The result of checking the audit chain.</summary>
/// <param name="Intact">True when every hash matches and no record is missing.</param>
/// <param name="Records">How many records were checked.</param>
/// <param name="FirstBrokenSequence">The first record that does not match, or null.</param>
/// <param name="Message">What was found.</param>
public sealed record AuditVerification(bool Intact, long Records, long? FirstBrokenSequence, string Message);
