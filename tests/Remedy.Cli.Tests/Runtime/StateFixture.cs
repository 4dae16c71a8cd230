using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Tests.Runtime;

/// <summary>
/// A temp folder with log files, a state file and a runtime configuration allowing the file providers there: what
/// the runtime commands act on.
/// </summary>
internal sealed class StateFixture : IDisposable
{
    public static readonly string[] Logs = ["a.log", "b.log", "c.log"];

    public StateFixture()
    {
        foreach (var log in Logs)
        {
            Folder.Write(Path.Combine("logs", log), $"contents of {log}\n");
        }

        Config = Folder.Write("remedy.runtime.json", """
            {
              // The file providers may act on logs/ and keep trashed files in trash/.
              "files": { "allowed_roots": ["logs"], "trash": "trash" }
            }
            """);
    }

    public TempFolder Folder { get; } = new();

    public string State => Path.Combine(Folder.Path, "remedy.db");

    public string Config { get; }

    public string LogFolder => Path.Combine(Folder.Path, "logs");

    public FileProviderOptions FileOptions => new() { AllowedRoots = [LogFolder], TrashDirectory = Path.Combine(Folder.Path, "trash") };

    public string[] RemainingLogs() => Directory.GetFiles(LogFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>A runtime on the state file with the real file providers (optionally one replaced), polling approvals quickly.</summary>
    public (PlaybookRuntime Runtime, SqliteStore Store) OpenRuntime(IProvider? replacing = null)
    {
        if (!SqliteStore.TryOpen(State, SqliteDurability.Normal, out var store, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var providers = FileProviders.All(FileOptions, TimeProvider.System).Select(p => replacing is not null && p.Id == replacing.Id ? replacing : p).ToArray();
        var runtime = new PlaybookRuntime(store, ProviderRegistry.Create(providers), options: new RuntimeOptions { ApprovalPollInterval = TimeSpan.FromMilliseconds(50) });
        return (runtime, store);
    }

    public TrashPlaybook Playbook(AutonomyLevel autonomy) => new(LogFolder, Logs, autonomy);

    public void Dispose() => Folder.Dispose();
}
