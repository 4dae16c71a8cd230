namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/logMessage</c>.</summary>
/// <param name="Type">How important the message is.</param>
/// <param name="Message">The message.</param>
public sealed record LogMessageParams(MessageType Type, string Message);
