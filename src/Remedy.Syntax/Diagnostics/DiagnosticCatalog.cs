using System.Collections.Immutable;

namespace Remedy.Syntax.Diagnostics;

/// <summary>
/// Every diagnostic Remedy reports, in one place, with stable codes. RMD0001–RMD0099 are
/// syntax errors, RMD0100–RMD0999 binding and type errors, RMD1xxx safety rules.
/// Each code has a page in docs/diagnostics; a test checks codes are unique and documented.
/// </summary>
public static class DiagnosticCatalog
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // ---- syntax: RMD0001–RMD0099 ------------------------------------------------

    /// <summary>A character that cannot start any token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("RMD0001", "Unexpected character", Error,
        "unexpected character '{0}'");

    /// <summary>A string literal not closed before the end of the line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("RMD0002", "Unterminated string", Error,
        "unterminated string; add a closing '\"' before the end of the line");

    /// <summary>A block comment not closed before the end of the file.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new("RMD0003", "Unterminated block comment", Error,
        "unterminated block comment; add '*/' to close the comment opened here");

    /// <summary>A token the grammar requires is missing.</summary>
    public static readonly DiagnosticDescriptor ExpectedToken = new("RMD0004", "Expected token", Error,
        "{0}");

    /// <summary>A token that does not fit where it stands.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new("RMD0005", "Unexpected token", Error,
        "{0}");

    /// <summary>A duration with a unit other than ms, s, m, h or d.</summary>
    public static readonly DiagnosticDescriptor UnknownDurationUnit = new("RMD0006", "Unknown duration unit", Error,
        "duration '{0}' has an unknown unit; use ms, s, m, h or d");

    /// <summary>An autonomy level that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownAutonomyLevel = new("RMD0007", "Unknown autonomy level", Error,
        "unknown autonomy level '{0}'; expected one of observe_only, suggest, supervised, autonomous{1}");

    /// <summary>An effect that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownEffect = new("RMD0008", "Unknown effect", Error,
        "unknown effect '{0}'; expected one of read_only, mutating, destructive{1}");

    /// <summary>A risk level that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownRisk = new("RMD0009", "Unknown risk level", Error,
        "unknown risk level '{0}'; expected one of low, medium, high, critical{1}");

    /// <summary>A learning policy that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownPolicy = new("RMD0010", "Unknown learning policy", Error,
        "unknown learning policy '{0}'; expected one of thompson, q_learning, ucb, cases, fixed{1}");

    /// <summary>A number too large for its type.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("RMD0011", "Number out of range", Error,
        "the number '{0}' is out of range{1}");

    /// <summary>A backslash escape that strings do not support.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("RMD0012", "Invalid escape sequence", Error,
        "invalid escape sequence '\\{0}' in string; use \\\\, \\\", \\n, \\t, \\r or \\$");

    /// <summary>An interpolation <c>${...}</c> that holds no valid expression.</summary>
    public static readonly DiagnosticDescriptor InvalidInterpolation = new("RMD0013", "Invalid interpolation", Error,
        "{0}");

    /// <summary>A clause given twice where only one is allowed.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new("RMD0014", "Duplicate clause", Error,
        "'{0}' is declared twice in {1}; the first is at {2}");

    /// <summary>A module or import declaration out of place.</summary>
    public static readonly DiagnosticDescriptor MisplacedHeader = new("RMD0015", "Misplaced module or import", Error,
        "{0}");

    /// <summary>The <c>fixed</c> policy without an option name, or an option name on another policy.</summary>
    public static readonly DiagnosticDescriptor FixedPolicyOption = new("RMD0016", "Fixed policy option", Error,
        "{0}");

    /// <summary>A doc comment that documents nothing.</summary>
    public static readonly DiagnosticDescriptor DanglingDocComment = new("RMD0017", "Doc comment documents nothing", Warning,
        "this '///' doc comment is not followed by a declaration; use '//' for an ordinary comment");

    /// <summary>A percentage outside 0%–100%.</summary>
    public static readonly DiagnosticDescriptor PercentOutOfRange = new("RMD0018", "Percentage out of range", Error,
        "percentage '{0}' is out of range; use a value from 0% to 100%");

    /// <summary>A file that is not valid UTF-8 or cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new("RMD0019", "Unreadable file", Error,
        "{0}");

    /// <summary>A comparison chained onto another, such as <c>a &lt; b &lt; c</c>.</summary>
    public static readonly DiagnosticDescriptor ChainedComparison = new("RMD0020", "Chained comparison", Error,
        "comparisons cannot be chained; write '{0}' as two comparisons joined by 'and'");

    /// <summary>All descriptors, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacter, UnterminatedString, UnterminatedComment, ExpectedToken, UnexpectedToken,
        UnknownDurationUnit, UnknownAutonomyLevel, UnknownEffect, UnknownRisk, UnknownPolicy,
        NumberOutOfRange, InvalidEscape, InvalidInterpolation, DuplicateClause, MisplacedHeader,
        FixedPolicyOption, DanglingDocComment, PercentOutOfRange, UnreadableFile, ChainedComparison,
    ];
}
