namespace Remedy.LanguageServer.Server;

/// <summary>The parameters of methods that take none (<c>shutdown</c>, <c>exit</c>, <c>initialized</c>).</summary>
internal sealed record NoParams;
