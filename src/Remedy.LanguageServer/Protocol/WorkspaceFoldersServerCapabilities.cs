namespace Remedy.LanguageServer.Protocol;

/// <summary>Workspace folder support.</summary>
/// <param name="Supported">Whether folders are supported.</param>
/// <param name="ChangeNotifications">Whether the server wants folder change notifications.</param>
public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);
