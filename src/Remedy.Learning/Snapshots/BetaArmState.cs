namespace Remedy.Learning.Snapshots;

/// <summary>The Beta posterior of one (context key, option) arm.</summary>
/// <param name="ContextKey">The context's key.</param>
/// <param name="Option">The option.</param>
/// <param name="Alpha">Prior plus observed successes.</param>
/// <param name="Beta">Prior plus observed failures.</param>
public sealed record BetaArmState(string ContextKey, string Option, double Alpha, double Beta);
