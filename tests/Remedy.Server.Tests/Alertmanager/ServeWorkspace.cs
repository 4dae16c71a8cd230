namespace Remedy.Server.Tests.Alertmanager;

/// <summary>
/// A temp folder for <c>remedy serve</c>: log folders the file providers may act on, the runtime configuration
/// allowing them (trash in <c>trash/</c>), a tokens file, a playbooks folder and the state file. Deleted on dispose.
/// </summary>
internal sealed class ServeWorkspace : IDisposable
{
    public ServeWorkspace()
    {
        Write("remedy.runtime.json", """
            {
              // The file providers may act under logs/ and keep trashed files in trash/.
              "files": { "allowed_roots": ["logs"], "trash": "trash" }
            }
            """);
        Write("tokens.json", $$"""
            { "tokens": [ { "token": "{{ApproverToken}}", "identity": "{{Approver}}" } ] }
            """);
    }

    public const string Approver = "carol";

    public const string ApproverToken = "carol-token-51c0e8a2";

    /// <summary>The folder, a fresh temp subdirectory.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("remedy-serve-am-").FullName;

    public string State => Path.Combine(Folder, "remedy.db");

    public string Playbooks => Path.Combine(Folder, "playbooks");

    /// <summary>The arguments of <c>remedy serve</c> for this workspace (without <c>--urls</c>).</summary>
    public string[] ServeArguments =>
        ["--playbooks", Playbooks, "--state", State, "--tokens", Path.Combine(Folder, "tokens.json"), "--config", Path.Combine(Folder, "remedy.runtime.json")];

    /// <summary>Creates <c>logs/&lt;service&gt;/</c> with the given log files and returns the folder.</summary>
    public string Logs(string service, params string[] names)
    {
        foreach (var name in names)
        {
            Write(Path.Combine("logs", service, name), $"{service}: contents of {name}\n");
        }

        return Path.Combine(Folder, "logs", service);
    }

    /// <summary>The files left in a folder of the workspace, by name.</summary>
    public string[] FilesIn(string relative)
    {
        var folder = Path.Combine(Folder, relative);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal).ToArray()
            : [];
    }

    /// <summary>
    /// A playbook that moves the *.log files of <paramref name="logFolder"/> to the trash when
    /// <paramref name="alertname"/> fires for <paramref name="service"/>.
    /// </summary>
    public static string TrashLogsPlaybook(string name, string alertname, string service, string logFolder, string autonomy) => $$"""

        /// Moves the logs of {{service}} to the trash when its log volume fills up.
        playbook {{name}} {
            trigger alert "{{alertname}}" where alert.labels["service"] == "{{service}}"
            autonomy {{autonomy}}
            timeout 15m
            blast_radius { max_targets 10 }
            circuit_breaker { trip after 3 failures within 1h; cooldown 1h }
            let logs = files.list(path: "{{logFolder}}", pattern: "*.log") | take 10
            step trash "Move the logs to the trash" {
                for log in logs {
                    files.move_to_trash(log.path)
                }
            }
            verify within 5s every 200ms {
                count(files.list(path: "{{logFolder}}", pattern: "*.log")) == 0
            }
        }

        """;

    /// <summary>Writes the module <c>playbooks/ops.remedy</c> with the given playbooks.</summary>
    public void WritePlaybooks(params string[] playbooks) =>
        Write(Path.Combine("playbooks", "ops.remedy"), "module ops\n\nimport std.files\n" + string.Concat(playbooks));

    public string Write(string relative, string text)
    {
        var file = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process being killed; the system cleans its temp folder.
        }
    }
}
