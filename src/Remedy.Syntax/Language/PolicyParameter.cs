using System.Globalization;

namespace Remedy.Syntax.Language;

/// <summary>
/// One parameter of a learning policy, <c>choose remedy by thompson(commit: 90%)</c>: its name, how its value is
/// written and the range the runtime accepts. Every number (each of a prior's two) must lie in the range.
/// </summary>
/// <param name="Name">The name as written in the playbook.</param>
/// <param name="Type">How the value is written.</param>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> itself is allowed.</param>
/// <param name="Max">The largest value allowed; infinity when there is no bound.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> itself is allowed.</param>
/// <param name="Default">The value used when the parameter is not written, as the playbook would write it.</param>
/// <param name="Meaning">What the parameter does, for hover and completion.</param>
public sealed record PolicyParameter(
    string Name,
    PolicyParameterType Type,
    double Min,
    bool MinInclusive,
    double Max,
    bool MaxInclusive,
    string Default,
    string Meaning)
{
    /// <summary>Whether a value lies in the parameter's range.</summary>
    /// <param name="value">The value (for a fraction, as a share: 0.9 for 90%).</param>
    /// <returns><see langword="true"/> when the runtime accepts it.</returns>
    public bool InRange(double value) =>
        double.IsFinite(value)
        && (MinInclusive ? value >= Min : value > Min)
        && (double.IsPositiveInfinity(Max) || (MaxInclusive ? value <= Max : value < Max));

    /// <summary>The type and range in words, e.g. <c>a percentage in (50%, 100%]</c>.</summary>
    public string Describe() => Type switch
    {
        PolicyParameterType.Bool => "true or false",
        PolicyParameterType.Prior => $"two numbers [α, β], each {Range(false)}",
        PolicyParameterType.Fraction => $"a number in {Range(false)} or a percentage in {Range(true)}",
        PolicyParameterType.Count => $"a whole number {Range(false)}",
        _ => $"a number {Range(false)}",
    };

    private string Range(bool percent)
    {
        string Show(double v) => percent
            ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
            : v.ToString("0.##", CultureInfo.InvariantCulture);
        if (double.IsPositiveInfinity(Max)) return (MinInclusive ? ">= " : "> ") + Show(Min);
        return $"{(MinInclusive ? "[" : "(")}{Show(Min)}, {Show(Max)}{(MaxInclusive ? "]" : ")")}";
    }
}
