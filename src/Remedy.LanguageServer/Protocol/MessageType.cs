namespace Remedy.LanguageServer.Protocol;

/// <summary>How important a log message is.</summary>
public enum MessageType
{
    /// <summary>An error.</summary>
    Error = 1,
    /// <summary>A warning.</summary>
    Warning = 2,
    /// <summary>Information.</summary>
    Info = 3,
    /// <summary>A log line.</summary>
    Log = 4,
}
