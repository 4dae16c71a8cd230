using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Features.SemanticTokens;

/// <summary>The token types and modifiers the server emits; indexes into these lists are what the token data holds.</summary>
internal static class SemanticTokenLegend
{
    public const int Namespace = 0;
    public const int Type = 1;
    public const int Class = 2;
    public const int Function = 3;
    public const int Method = 4;
    public const int Parameter = 5;
    public const int Variable = 6;
    public const int Property = 7;
    public const int EnumMember = 8;
    public const int Event = 9;
    public const int String = 10;
    public const int Number = 11;
    public const int Comment = 12;

    public const int Declaration = 1 << 0;
    public const int DefaultLibrary = 1 << 1;

    public static SemanticTokensLegend Legend { get; } = new(
        ["namespace", "type", "class", "function", "method", "parameter", "variable", "property", "enumMember", "event", "string", "number", "comment"],
        ["declaration", "defaultLibrary"]);
}
