namespace Remedy.Learning.Cases;

/// <summary>A retrieved case and its similarity to the query, in [0, 1].</summary>
/// <param name="Case">The case.</param>
/// <param name="Similarity">How alike the features are; 1 is identical.</param>
public sealed record CaseMatch(IncidentCase Case, double Similarity);
