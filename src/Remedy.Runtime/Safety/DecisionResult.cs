namespace Remedy.Runtime.Safety;

/// <summary>The result of submitting an approval or denial.</summary>
/// <param name="Accepted">True when the decision was recorded.</param>
/// <param name="Message">What happened.</param>
/// <param name="Refusal">Why it was not accepted, or null.</param>
public sealed record DecisionResult(bool Accepted, string Message, Refusal? Refusal = null);
