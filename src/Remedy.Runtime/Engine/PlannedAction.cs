using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>A mutation a suggest or dry run would have made.</summary>
/// <param name="Step">The step.</param>
/// <param name="Action">The action.</param>
/// <param name="ProviderId">Its provider.</param>
/// <param name="Target">The target key.</param>
/// <param name="Args">The arguments.</param>
/// <param name="Rollback">How it would be undone ("provider(args)"), or the irreversible reason.</param>
/// <param name="Gate">What would stand before it (e.g. "approval by 2 people", "none").</param>
public sealed record PlannedAction(string Step, string Action, string ProviderId, string Target, MapValue Args, string Rollback, string Gate);
