namespace Remedy.LanguageServer.Protocol;

/// <summary>One signature of a callable.</summary>
/// <param name="Label">The whole signature.</param>
/// <param name="Documentation">Its documentation.</param>
/// <param name="Parameters">Its parameters.</param>
public sealed record SignatureInformation(string Label, IReadOnlyList<ParameterInformation> Parameters, MarkupContent? Documentation = null);
