namespace Remedy.LanguageServer.Workspace;

/// <summary>Converts between <c>file:</c> URIs, as the protocol names documents, and local paths.</summary>
public static class DocumentUri
{
    /// <summary>The local path of a <c>file:</c> URI, or the URI itself for other schemes (such as <c>untitled:</c>).</summary>
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile) return parsed.LocalPath;
        return uri;
    }

    /// <summary>The <c>file:</c> URI of a local path.</summary>
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
