namespace Remedy.Learning.Snapshots;

/// <summary>How often one (context key, option) arm ran and the sum of its rewards.</summary>
/// <param name="ContextKey">The context's key.</param>
/// <param name="Option">The option.</param>
/// <param name="Pulls">How many outcomes were fed back.</param>
/// <param name="RewardSum">The sum of those rewards.</param>
public sealed record ArmCountState(string ContextKey, string Option, long Pulls, double RewardSum);
