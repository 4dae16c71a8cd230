namespace Remedy.Learning.Metrics;

/// <summary>What a candidate policy's success rate would have been on recorded runs, estimated offline.</summary>
/// <param name="Runs">Recorded runs used.</param>
/// <param name="InversePropensity">The inverse-propensity (IPS) estimate: mean of w·success, w = p_new / p_logged. Unbiased, high variance.</param>
/// <param name="SelfNormalized">The self-normalised estimate Σ w·success / Σ w: slightly biased, far steadier; 0 when Σ w = 0.</param>
/// <param name="EffectiveSampleSize">(Σ w)² / Σ w²: how many runs the estimate is really worth; small means "do not trust it".</param>
public sealed record OfflineEstimate(int Runs, double InversePropensity, double SelfNormalized, double EffectiveSampleSize);
