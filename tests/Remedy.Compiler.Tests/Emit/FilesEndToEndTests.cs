using Remedy.Compiler.Emit;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// A playbook compiled from .remedy text runs under the real runtime with the real files providers against a
/// temporary folder: the files change and verify passes; when verify cannot pass, every change is undone.
/// </summary>
public sealed class FilesEndToEndTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("remedy-e2e-");

    private string Logs => Path.Combine(root.FullName, "logs");

    public FilesEndToEndTests()
    {
        Directory.CreateDirectory(Logs);
        var old = DateTime.UtcNow.AddDays(-2);
        for (var i = 1; i <= 3; i++)
        {
            var path = Path.Combine(Logs, $"app.log.{i}");
            File.WriteAllText(path, string.Concat(Enumerable.Repeat($"line {i} of a rotated log\n", 500)));
            File.SetLastWriteTimeUtc(path, old.AddHours(i));
        }

        File.WriteAllText(Path.Combine(Logs, "app.log"), "the live log\n");
    }

    public void Dispose() => root.Delete(recursive: true);

    private string Playbook(string expectedArchives) => $$"""
        module e2e

        import std.files

        /// Compresses the rotated logs, then checks that their archives exist.
        playbook compress_rotated {
            trigger alert "DiskFull"
            autonomy autonomous
            blast_radius { max_targets 5 }
            circuit_breaker { trip after 3 failures within 1h; cooldown 1h }
            timeout 40m
            let rotated = files.list(path: "{{Logs}}", pattern: "app.log.?", min_age: 1h) | sort by it.name asc | take 5
            step compress "Compress the rotated logs" {
                for log in rotated batch 2 {
                    files.compress(log.path)
                }
                timeout 30m
            }
            verify within 1s every 200ms {
                count(files.list(path: "{{Logs}}", pattern: "*.gz")) == {{expectedArchives}}
            }
            on success { notify "ops" "compressed ${count(rotated)} logs" }
            on failure { escalate "ops-oncall" }
        }
        """;

    private async Task<(RunResult Result, string Notifications)> Run(string source)
    {
        var compilation = Compilation.Create([new SourceDocument("e2e.remedy", source)]);
        var compiled = new PlaybookCompiler().Compile(compilation, "e2e");
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));

        using var notifications = new StringWriter();
        var files = FileProviders.All(new FileProviderOptions { AllowedRoots = [Logs], TrashDirectory = Path.Combine(root.FullName, "trash") }, TimeProvider.System);
        var runtime = new PlaybookRuntime(new InMemoryStore(), Runtime.Providers.ProviderRegistry.Create(files), notifications: NotificationRouter.ToWriter(notifications));
        var loaded = runtime.LoadAssembly(compiled.Image.ToArray(), "e2e.dll");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var result = await runtime.RunAsync(Assert.Single(loaded.Playbooks), new RunRequest { RequestedBy = "test" }, CancellationToken.None);
        return (result, notifications.ToString());
    }

    [Fact]
    public async Task The_compiled_playbook_compresses_the_files_and_verify_passes()
    {
        var (result, notifications) = await Run(Playbook("3"));

        Assert.True(result.Outcome == RunOutcome.Succeeded, result.Message);
        Assert.Equal(3, result.Mutations);
        Assert.Equal(["app.log", "app.log.1.gz", "app.log.2.gz", "app.log.3.gz"], Directory.GetFiles(Logs).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("compressed 3 logs", notifications);
    }

    [Fact]
    public async Task A_failing_verify_compensates_and_the_files_come_back()
    {
        var before = Directory.GetFiles(Logs).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

        var (result, notifications) = await Run(Playbook("99"));

        Assert.Equal(RunOutcome.Failed, result.Outcome);
        Assert.Equal(new CompensationReport(3, 0, 0), result.Failure?.Compensation);
        Assert.Equal(before, Directory.GetFiles(Logs).ToDictionary(f => Path.GetFileName(f), File.ReadAllText));
        Assert.Contains("compress_rotated failed", notifications);
    }
}
