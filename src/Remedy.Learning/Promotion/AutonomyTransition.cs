namespace Remedy.Learning.Promotion;

/// <summary>A change of autonomy level, for the audit log.</summary>
/// <param name="From">The level before.</param>
/// <param name="To">The level after.</param>
/// <param name="Reason">Why, in words an operator reads.</param>
/// <param name="Evidence">The evidence at the moment of the change (before any reset).</param>
public sealed record AutonomyTransition(AutonomyLevel From, AutonomyLevel To, string Reason, PromotionEvidence Evidence);
