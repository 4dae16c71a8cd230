namespace Remedy.Syntax.Formatting;

/// <summary>
/// The outcome of formatting one file: either the formatted text, or the reason the formatter
/// refused (the file is then left exactly as it was).
/// </summary>
public sealed record FormatResult
{
    private FormatResult(bool succeeded, string? text, string? failureReason, bool changed)
    {
        Succeeded = succeeded;
        Text = text;
        FailureReason = failureReason;
        Changed = changed;
    }

    /// <summary>Whether the file was formatted; when false, <see cref="FailureReason"/> says why.</summary>
    public bool Succeeded { get; }

    /// <summary>The formatted text, or null when the formatter refused.</summary>
    public string? Text { get; }

    /// <summary>Why the formatter refused, as a sentence for the user; null on success.</summary>
    public string? FailureReason { get; }

    /// <summary>Whether the formatted text differs from the input (what <c>remedy fmt --check</c> reports).</summary>
    public bool Changed { get; }

    /// <summary>A successful result.</summary>
    /// <param name="original">The text that was formatted.</param>
    /// <param name="formatted">The canonical text.</param>
    public static FormatResult Success(string original, string formatted) =>
        new(true, formatted, null, !string.Equals(original, formatted, StringComparison.Ordinal));

    /// <summary>A refusal: the file must be left untouched.</summary>
    /// <param name="reason">Why, as a sentence for the user.</param>
    public static FormatResult Refused(string reason) => new(false, null, reason, false);
}
