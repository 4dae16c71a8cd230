namespace Remedy.LanguageServer.Protocol;

/// <summary>A symbol found by <c>workspace/symbol</c>.</summary>
/// <param name="Name">The symbol's name.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Location">Where it is.</param>
/// <param name="ContainerName">The module it belongs to.</param>
public sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName = null);
