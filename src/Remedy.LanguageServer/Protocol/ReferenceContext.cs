namespace Remedy.LanguageServer.Protocol;

/// <summary>Whether references include the declaration itself.</summary>
/// <param name="IncludeDeclaration">Whether to include the declaration.</param>
public sealed record ReferenceContext(bool IncludeDeclaration);
