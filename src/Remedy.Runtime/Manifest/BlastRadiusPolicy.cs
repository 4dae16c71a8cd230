namespace Remedy.Runtime.Manifest;

/// <summary>The <c>blast_radius</c> block: how many targets one run may touch.</summary>
/// <param name="MaxTargets">The most distinct targets in one run, or null for no count limit.</param>
/// <param name="MaxPercent">The largest share (0..1] of the population a step may target, or null.</param>
/// <param name="ScopeField">A field every target must carry (e.g. <c>namespace</c>), or null.</param>
/// <param name="ScopeValue">The value <paramref name="ScopeField"/> must equal, or null.</param>
public sealed record BlastRadiusPolicy(int? MaxTargets, double? MaxPercent, string? ScopeField = null, string? ScopeValue = null);
