namespace Remedy.Server.Playbooks;

/// <summary>A running playbook as <c>GET /api/v1/playbooks</c> lists it.</summary>
/// <param name="Name">The playbook.</param>
/// <param name="File">Its source file.</param>
/// <param name="DeclaredAutonomy">The level it declares.</param>
/// <param name="EffectiveAutonomy">The level it runs at now (promotion or breaker demotion applied).</param>
/// <param name="Runs">Acting runs since the last breaker trip.</param>
/// <param name="SuccessRate">Their success rate, or null before the first.</param>
/// <param name="SuccessLower">The Wilson 95% lower bound, or null.</param>
/// <param name="SuccessUpper">The Wilson 95% upper bound, or null.</param>
/// <param name="NextPromotion">What the next promotion needs, or null when none is declared.</param>
public sealed record PlaybookView(
    string Name,
    string File,
    string DeclaredAutonomy,
    string EffectiveAutonomy,
    int Runs,
    double? SuccessRate,
    double? SuccessLower,
    double? SuccessUpper,
    string? NextPromotion);
