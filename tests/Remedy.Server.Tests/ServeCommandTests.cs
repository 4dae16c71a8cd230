using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests;

/// <summary><c>remedy serve</c>'s bad usage: each is a sentence and exit code 2, before anything listens.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--cooldown", "soon", "error: --cooldown 'soon' is not a duration (e.g. 500ms, 30s, 5m, 1h).")]
    [InlineData("--shutdown-timeout", "-5s", "error: --shutdown-timeout '-5s' is not a duration")]
    [InlineData("--queue", "0", "error: --queue must be at least 1.")]
    [InlineData("--tokens", "missing.json", "error: cannot read the tokens file 'missing.json'")]
    [InlineData("--config", "missing.runtime.json", "error: no runtime configuration at 'missing.runtime.json'.")]
    public async Task Bad_options_are_refused_with_a_message(string option, string value, string expected)
    {
        await using var workspace = new ServerWorkspace();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Remedy.Cli.CliApplication.Run(
            ["serve", "--playbooks", workspace.Playbooks, "--state", workspace.State, "--urls", "http://127.0.0.1:0", option, value], output, error);

        Assert.Equal(2, code);
        Assert.Contains(expected, error.ToString());
        Assert.DoesNotContain("   at ", output.ToString() + error);
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("ftp://127.0.0.1:9095")]
    [InlineData("http://127.0.0.1:0;localhost:9095")]
    public async Task Bad_urls_are_refused_with_a_message(string urls)
    {
        await using var workspace = new ServerWorkspace();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Remedy.Cli.CliApplication.Run(["serve", "--playbooks", workspace.Playbooks, "--state", workspace.State, "--urls", urls], output, error);

        Assert.Equal(2, code);
        Assert.Contains("is not an http:// or https:// address with a host and a port from 0 to 65535", error.ToString());
        Assert.DoesNotContain("internal error", output.ToString() + error);
    }

    [Theory]
    [InlineData("http://256.1.1.1:9095", "256.1.1.1")]
    [InlineData("http://remedy.internal:9095", "remedy.internal")]
    public async Task Host_names_other_than_localhost_are_refused_because_they_would_listen_everywhere(string urls, string host)
    {
        await using var workspace = new ServerWorkspace();
        var output = new StringWriter();
        var error = new StringWriter();

        var code = Remedy.Cli.CliApplication.Run(["serve", "--playbooks", workspace.Playbooks, "--state", workspace.State, "--urls", urls], output, error);

        Assert.Equal(2, code);
        Assert.Contains($"names the host '{host}', which is not an IP address or localhost", error.ToString());
    }
}
