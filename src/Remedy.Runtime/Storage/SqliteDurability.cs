namespace Remedy.Runtime.Storage;

/// <summary>How hard SQLite works to keep a commit.</summary>
public enum SqliteDurability
{
    /// <summary>
    /// <c>synchronous=NORMAL</c> in WAL mode: a commit survives the process being killed at any point (the
    /// fault the journal is built for), but the last commits may be lost if the machine loses power.
    /// </summary>
    Normal,
    /// <summary><c>synchronous=FULL</c>: every commit is fsynced; also survives power loss, at a cost in throughput.</summary>
    Full,
}
