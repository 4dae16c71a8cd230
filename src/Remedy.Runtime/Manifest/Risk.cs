namespace Remedy.Runtime.Manifest;

/// <summary>The declared risk of an action.</summary>
public enum Risk
{
    /// <summary>Low risk.</summary>
    Low = 0,
    /// <summary>Medium risk.</summary>
    Medium = 1,
    /// <summary>High risk.</summary>
    High = 2,
    /// <summary>Critical risk: needs supervised with at least two approvers.</summary>
    Critical = 3,
}
