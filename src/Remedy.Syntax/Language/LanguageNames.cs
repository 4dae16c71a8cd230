using System.Collections.Immutable;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Language;

/// <summary>
/// The words of the language's enumerations (autonomy levels, effects, risks, policies)
/// and their parsed values. They are names, not keywords, so that a misspelling gets a
/// "did you mean" message instead of a parse error.
/// </summary>
public static class LanguageNames
{
    /// <summary>Autonomy levels as written, from least to most autonomous.</summary>
    public static ImmutableArray<string> AutonomyLevels { get; } = ["observe_only", "suggest", "supervised", "autonomous"];

    /// <summary>Effects as written, from least to most harmful.</summary>
    public static ImmutableArray<string> Effects { get; } = ["read_only", "mutating", "destructive"];

    /// <summary>Risk levels as written, from least to most harmful.</summary>
    public static ImmutableArray<string> Risks { get; } = ["low", "medium", "high", "critical"];

    /// <summary>Learning policies as written.</summary>
    public static ImmutableArray<string> Policies { get; } = ["thompson", "q_learning", "ucb", "cases", "fixed"];

    /// <summary>Duration units as written, shortest first.</summary>
    public static ImmutableArray<string> DurationUnits { get; } = ["ms", "s", "m", "h", "d"];

    /// <summary>Parses an autonomy level, or returns null.</summary>
    public static AutonomyLevel? ParseAutonomy(string text) => IndexOf(AutonomyLevels, text) is { } i ? (AutonomyLevel)i : null;

    /// <summary>Parses an effect, or returns null.</summary>
    public static EffectKind? ParseEffect(string text) => IndexOf(Effects, text) is { } i ? (EffectKind)i : null;

    /// <summary>Parses a risk level, or returns null.</summary>
    public static RiskLevel? ParseRisk(string text) => IndexOf(Risks, text) is { } i ? (RiskLevel)i : null;

    /// <summary>Parses a policy, or returns null.</summary>
    public static PolicyKind? ParsePolicy(string text) => IndexOf(Policies, text) is { } i ? (PolicyKind)i : null;

    /// <summary>The word for an autonomy level.</summary>
    public static string Name(AutonomyLevel level) => AutonomyLevels[(int)level];

    /// <summary>The word for an effect.</summary>
    public static string Name(EffectKind effect) => Effects[(int)effect];

    /// <summary>The word for a risk level.</summary>
    public static string Name(RiskLevel risk) => Risks[(int)risk];

    /// <summary>The word for a policy.</summary>
    public static string Name(PolicyKind policy) => Policies[(int)policy];

    /// <summary>The symbol or word written for an infix operator (what the formatter prints and messages quote).</summary>
    public static string Name(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an operator of the language"),
    };

    /// <summary>
    /// Parses a duration such as <c>500ms</c> or <c>1.5h</c>. Returns false for an unknown
    /// unit or a value too large to represent.
    /// </summary>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var split = 0;
        while (split < text.Length && (char.IsAsciiDigit(text[split]) || text[split] is '.' or '_')) split++;
        if (split == 0 || !double.TryParse(text.AsSpan(0, split).ToString().Replace("_", ""), System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var amount))
            return false;
        double? milliseconds = text[split..] switch
        {
            "ms" => amount,
            "s" => amount * 1_000,
            "m" => amount * 60_000,
            "h" => amount * 3_600_000,
            "d" => amount * 86_400_000,
            _ => null,
        };
        if (milliseconds is not { } ms || ms > TimeSpan.MaxValue.TotalMilliseconds / 2) return false;
        value = TimeSpan.FromMilliseconds(ms);
        return true;
    }

    private static int? IndexOf(ImmutableArray<string> names, string text)
    {
        var index = names.IndexOf(text);
        return index >= 0 ? index : null;
    }
}
