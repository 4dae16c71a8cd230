namespace Remedy.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/signatureHelp</c>.</summary>
/// <param name="Signatures">The signatures.</param>
/// <param name="ActiveSignature">The signature shown.</param>
/// <param name="ActiveParameter">The parameter at the cursor.</param>
public sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int ActiveSignature, int? ActiveParameter = null);
