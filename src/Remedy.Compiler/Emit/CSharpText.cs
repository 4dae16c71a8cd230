using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Remedy.Compiler.Emit;

/// <summary>C# spellings of literals and names.</summary>
internal static class CSharpText
{
    /// <summary>A string literal, escaped.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The literal.</returns>
    public static string String(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A double literal that reads back to the same value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The literal.</returns>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>An int literal.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The literal.</returns>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <see cref="TimeSpan"/> in its largest exact unit: <c>TimeSpan.FromMinutes(10)</c>.</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The expression.</returns>
    public static string Duration(TimeSpan value)
    {
        var ms = (long)value.TotalMilliseconds;
        return ms switch
        {
            0 => "TimeSpan.Zero",
            _ when ms % 86_400_000 == 0 => $"TimeSpan.FromDays({ms / 86_400_000})",
            _ when ms % 3_600_000 == 0 => $"TimeSpan.FromHours({ms / 3_600_000})",
            _ when ms % 60_000 == 0 => $"TimeSpan.FromMinutes({ms / 60_000})",
            _ when ms % 1_000 == 0 => $"TimeSpan.FromSeconds({ms / 1_000})",
            _ => $"TimeSpan.FromMilliseconds({ms})",
        };
    }

    /// <summary>A local's name, made verbatim when it is a C# keyword (<c>@event</c>, <c>@await</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The identifier.</returns>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
