namespace Remedy.Server.Hosting;

/// <summary>The settings of <c>remedy serve</c>.</summary>
public sealed record ServerOptions
{
    /// <summary>Where Kestrel listens (<c>http://127.0.0.1:9095</c>; port 0 picks a free port).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:9095"];

    /// <summary>The state file shared with the runtime (the alert journal lives there too).</summary>
    public required string StatePath { get; init; }

    /// <summary>The files and folders the playbooks come from, watched for changes.</summary>
    public IReadOnlyList<string> PlaybookPaths { get; init; } = [];

    /// <summary>Who may decide approvals and flip the kill switch; null when no tokens file was given (every such request is refused).</summary>
    public Approvals.TokenStore? Tokens { get; init; }

    /// <summary>The largest webhook body accepted.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>How many accepted alerts may wait for a worker before new ones get 429.</summary>
    public int QueueCapacity { get; init; } = 10_000;

    /// <summary>How many runs may execute at once (runs waiting for approval count).</summary>
    public int MaxConcurrentRuns { get; init; } = 64;

    /// <summary>How long an accepted alert makes the same alert (fingerprint and status) a duplicate.</summary>
    public TimeSpan DedupWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after a playbook ran for an incident (playbook, fingerprint, status) it does not run for it again.</summary>
    public TimeSpan IncidentCooldown { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after an accepted alert could not be processed (its journal or the state file failed) it is taken up
    /// again; doubled at each failure up to a minute.
    /// </summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long in-flight runs get to finish on shutdown before they are cancelled (and compensated).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long playbook files must stay unchanged before a reload.</summary>
    public TimeSpan ReloadDebounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Where the server says what it does (start, reloads, shutdown); the CLI passes its output.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
