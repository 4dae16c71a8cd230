using Remedy.Cli.Tests.Runtime;

namespace Remedy.Cli.Tests.Running;

/// <summary>
/// A workspace for <c>remedy run</c>: the log folder and configuration of <see cref="StateFixture"/>, a module of
/// files playbooks with different triggers, and webhook payloads.
/// </summary>
internal sealed class RunWorkspace : IDisposable
{
    public RunWorkspace() => Fixture = new StateFixture();

    public StateFixture Fixture { get; }

    public string Folder => Fixture.Folder.Path;

    /// <summary>
    /// Writes the playbooks: <c>trash_logs</c> (firing DiskFull on /var, priority 10) moves every log to the trash
    /// and verifies that <paramref name="expectedLeft"/> logs remain; <c>report_disk</c> (firing DiskFull on /var,
    /// no priority) only queries; <c>disk_recovered</c> (resolved DiskFull) only notifies; <c>other_module</c> of
    /// another module also fires on DiskFull.
    /// </summary>
    public string WritePlaybooks(int expectedLeft = 0, string autonomy = "autonomous")
    {
        var logs = Fixture.LogFolder;
        Fixture.Folder.Write("playbooks/ops.remedy", $$"""
            module ops

            import std.files

            /// Moves the logs of /var to the trash.
            playbook trash_logs {
                trigger alert "DiskFull" where alert.labels["mount"] == "/var" and alert.value > 0.9
                autonomy {{autonomy}}
                priority 10
                timeout 10m
                blast_radius { max_targets 5 }
                circuit_breaker { trip after 3 failures within 1h; cooldown 1h }
                let logs = files.list(path: "{{logs}}", pattern: "*.log") | take 5
                step trash "Move the logs to the trash" {
                    for log in logs {
                        files.move_to_trash(log.path)
                    }
                }
                verify within 1s every 200ms {
                    count(files.list(path: "{{logs}}", pattern: "*.log")) == {{expectedLeft}}
                }
            }

            /// Reports disk usage; loses to trash_logs on the same alert.
            playbook report_disk {
                trigger alert "DiskFull" where alert.labels["mount"] == "/var"
                autonomy observe_only
                let usage = files.disk_usage(path: "{{logs}}")
                on success { notify "ops" "disk usage read" }
            }

            /// Says the disk recovered.
            playbook disk_recovered {
                trigger resolved "DiskFull"
                autonomy observe_only
                on success { notify "ops" "disk recovered" }
            }
            """);
        Fixture.Folder.Write("playbooks/audit.remedy", """
            module audit


            /// Another module's playbook on the same alert: priorities do not compare across modules.
            playbook note_disk_full {
                trigger alert "DiskFull"
                autonomy observe_only
                on success { notify "audit" "disk full seen" }
            }
            """);
        return Path.Combine(Folder, "playbooks");
    }

    /// <summary>Writes a webhook payload with one alert.</summary>
    public string Alert(string name = "DiskFull", string status = "firing", string mount = "/var", string value = "0.95", string file = "alert.json") =>
        Fixture.Folder.Write(file, $$"""
            {
              "version": "4",
              "status": "{{status}}",
              "receiver": "remedy",
              "alerts": [
                {
                  "status": "{{status}}",
                  "labels": { "alertname": "{{name}}", "mount": "{{mount}}", "severity": "warning" },
                  "annotations": { "value": "{{value}}" },
                  "startsAt": "2026-11-26T03:02:11Z",
                  "endsAt": "0001-01-01T00:00:00Z",
                  "fingerprint": "abc123"
                }
              ]
            }
            """);

    /// <summary><c>remedy run</c> in-process with this workspace's state and configuration.</summary>
    public (int ExitCode, string Output, string Error) Run(string playbooks, string alert, params string[] extra) =>
        CliRunner.Run(["run", playbooks, "--alert", alert, "--state", Fixture.State, "--config", Fixture.Config, .. extra]);

    public void Dispose() => Fixture.Dispose();
}
