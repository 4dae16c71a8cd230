namespace Remedy.Runtime.Journal;

/// <summary>What recovery did.</summary>
/// <param name="RunsRecovered">Open runs closed by this recovery.</param>
/// <param name="RunsSkipped">Open runs left alone because their owner is still alive.</param>
/// <param name="Compensation">The compensations across all recovered runs.</param>
/// <param name="Messages">One line per recovered or skipped run.</param>
/// <param name="Error">Why recovery stopped early (the store failed), or null when it went through every open run.</param>
public sealed record RecoveryReport(int RunsRecovered, int RunsSkipped, CompensationReport Compensation, IReadOnlyList<string> Messages, string? Error = null);
