namespace Remedy.Server.Approvals;

/// <summary>A playbook's blast radius.</summary>
/// <param name="MaxTargets">The most targets one run may touch, or null.</param>
/// <param name="MaxPercent">The largest share (0..1] of the population, or null.</param>
/// <param name="Scope">The required scope (<c>namespace == "shop"</c>), or null.</param>
public sealed record BlastRadiusView(int? MaxTargets, double? MaxPercent, string? Scope);
