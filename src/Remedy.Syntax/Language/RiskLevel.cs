namespace Remedy.Syntax.Language;

/// <summary>How much harm an action can do if it goes wrong, from least to most.</summary>
public enum RiskLevel
{
    /// <summary>low.</summary>
    Low,
    /// <summary>medium.</summary>
    Medium,
    /// <summary>high.</summary>
    High,
    /// <summary>critical: needs supervised autonomy with two approvers.</summary>
    Critical,
}
