namespace Remedy.Learning.Snapshots;

/// <summary>The action value of one (context key, option) pair.</summary>
/// <param name="ContextKey">The context's key.</param>
/// <param name="Option">The option.</param>
/// <param name="Q">The learned value.</param>
/// <param name="Updates">How many outcomes have updated it.</param>
public sealed record QValueState(string ContextKey, string Option, double Q, long Updates);
