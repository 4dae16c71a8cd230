namespace Remedy.LanguageServer.Protocol;

/// <summary>One node of a document's outline.</summary>
/// <param name="Name">The symbol's name.</param>
/// <param name="Detail">More about it, such as a signature.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Range">The whole declaration.</param>
/// <param name="SelectionRange">The name.</param>
/// <param name="Children">Nested symbols.</param>
public sealed record DocumentSymbol(string Name, SymbolKind Kind, Range Range, Range SelectionRange, string? Detail = null, IReadOnlyList<DocumentSymbol>? Children = null);
