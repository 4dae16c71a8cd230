namespace Remedy.LanguageServer.Protocol;

/// <summary>A range of lines that can be folded.</summary>
/// <param name="StartLine">The first line.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="Kind"><c>comment</c>, <c>imports</c> or <c>region</c>; null for code.</param>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);
