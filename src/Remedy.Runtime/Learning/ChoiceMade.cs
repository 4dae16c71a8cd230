using Remedy.Runtime.Values;

namespace Remedy.Runtime.Learning;

/// <summary>A decision taken during a run: which option a <c>choose</c> picked, for which features.</summary>
/// <param name="Decision">The choice's name in the manifest.</param>
/// <param name="Option">The option picked.</param>
/// <param name="Features">The features the policy decided on.</param>
public sealed record ChoiceMade(string Decision, string Option, IReadOnlyList<RValue> Features);
