namespace Remedy.Syntax.Language;

/// <summary>What a policy parameter's value is written as.</summary>
public enum PolicyParameterType
{
    /// <summary>A share: a percentage (<c>90%</c>) or a number (<c>0.9</c>).</summary>
    Fraction,
    /// <summary>A number (<c>1.4</c> or <c>2</c>).</summary>
    Number,
    /// <summary>A whole number (<c>5</c>).</summary>
    Count,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>A Beta prior, two numbers: <c>[α, β]</c>.</summary>
    Prior,
}
