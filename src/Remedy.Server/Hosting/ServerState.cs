namespace Remedy.Server.Hosting;

/// <summary>What the whole server shares about its lifecycle: whether it still takes new work.</summary>
public sealed class ServerState
{
    private volatile bool draining;

    /// <summary>True once shutdown began: new alerts and decisions are refused with 503.</summary>
    public bool Draining => draining;

    /// <summary>Stops taking new work.</summary>
    public void BeginDraining() => draining = true;
}
