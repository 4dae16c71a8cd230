namespace Remedy.LanguageServer.Protocol;

/// <summary>One parameter of a signature.</summary>
/// <param name="Label">The parameter as it appears in the signature label.</param>
/// <param name="Documentation">Its documentation.</param>
public sealed record ParameterInformation(string Label, MarkupContent? Documentation = null);
