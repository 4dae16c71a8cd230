namespace Remedy.LanguageServer.Protocol;

/// <summary>A range between two positions; the end is exclusive.</summary>
/// <param name="Start">The first position.</param>
/// <param name="End">The position just after the range.</param>
public sealed record Range(Position Start, Position End);
