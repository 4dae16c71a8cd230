using Remedy.Cli.Runtime;

namespace Remedy.Cli.Tests.Runtime;

/// <summary>The runtime configuration turns into the providers it names, and a bad part of it is reported, not thrown.</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void Every_section_registers_its_providers()
    {
        using var folder = new TempFolder();
        folder.Write("providers/acme.depth.csx", "return ProviderResult.Ok(Args.Count);");
        folder.Write("kubeconfig", """
            apiVersion: v1
            kind: Config
            clusters:
            - name: local
              cluster:
                server: http://127.0.0.1:1
            contexts:
            - name: local
              context:
                cluster: local
                user: remedy
            current-context: local
            users:
            - name: remedy
              user:
                token: not-a-secret
            """);
        var config = folder.Write("remedy.runtime.json", """
            {
              "files": { "allowed_roots": ["logs"], "trash": "trash" },
              "http": { "allowed_url_prefixes": ["http://127.0.0.1:8080/"] },
              "services": [{ "name": "worker", "command": ["/bin/sleep", "60"], "pid_file": "worker.pid" }],
              "postgres": { "orders": "Host=127.0.0.1;Port=1;Username=remedy;Database=orders" },
              "prometheus": "http://127.0.0.1:9090",
              "kubeconfig": "kubeconfig",
              "script_providers": "providers",
              "script_cache": "cache",
            }
            """);
        var console = new CliConsole(new StringWriter(), new StringWriter());

        var code = RuntimeHost.TryOpen(console, Path.Combine(folder.Path, "remedy.db"), create: true, config, withProviders: true, out var host);

        Assert.True(code == 0, console.Error.ToString());
        using (host)
        {
            Assert.Equal(config, host!.ConfigPath);
            foreach (var id in new[] { "files.move_to_trash", "http.get", "service.restart", "postgres.terminate_session", "prometheus.query_range", "k8s.drain", "acme.depth" })
            {
                Assert.Contains(id, host.ProviderIds);
            }
        }

        Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "cache"), "*.dll"));
    }

    [Theory]
    [InlineData("{ \"script_providers\": \"providers\" }", "acme.escape.csx was rejected: it uses System.IO.File")]
    [InlineData("{ \"prometheus\": \"not a url\" }", "prometheus 'not a url' is not an absolute URL")]
    [InlineData("{ \"kubeconfig\": \"absent\" }", "kubeconfig 'absent' cannot be used")]
    [InlineData("{ \"files\": { \"allowed_roots\": [\"logs\"], \"trash\": \"trash\" }, \"colour\": \"blue\" }", "is not valid")]
    public void A_bad_section_is_reported_with_exit_code_2(string json, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("providers/acme.escape.csx", "System.IO.File.Delete(\"/etc/hosts\"); return ProviderResult.Ok();");
        var config = folder.Write("remedy.runtime.json", json);
        var console = new CliConsole(new StringWriter(), new StringWriter());

        var code = RuntimeHost.TryOpen(console, Path.Combine(folder.Path, "remedy.db"), create: true, config, withProviders: true, out var host);

        Assert.Equal(ExitCodes.BadUsage, code);
        Assert.Null(host);
        Assert.Contains(expected, console.Error.ToString());
        Assert.DoesNotContain("   at ", console.Error.ToString());
    }
}
