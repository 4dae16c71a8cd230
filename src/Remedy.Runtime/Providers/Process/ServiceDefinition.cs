namespace Remedy.Runtime.Providers.Process;

/// <summary>
/// A service the process providers may manage, from operator configuration: playbooks name services, they
/// never supply command lines.
/// </summary>
public sealed record ServiceDefinition
{
    /// <summary>The name playbooks use (<c>service.restart(service: "worker")</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The executable.</summary>
    public required string FileName { get; init; }

    /// <summary>Its arguments, passed as a list (no shell, so nothing is interpreted).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The working directory, or null for the current one.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The pid file that records the running instance (<c>pid</c> and start time, one per line).</summary>
    public required string PidFile { get; init; }

    /// <summary>How long a stop waits after SIGTERM before it kills.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a start watches the new process before calling it started (one that exits at once failed).</summary>
    public TimeSpan StartGrace { get; init; } = TimeSpan.FromMilliseconds(200);
}
