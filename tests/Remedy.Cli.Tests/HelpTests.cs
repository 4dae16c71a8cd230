namespace Remedy.Cli.Tests;

public sealed class HelpTests
{
    public static IEnumerable<object[]> Commands() =>
        new[] { "check", "fmt", "diff", "recover", "history", "approvals", "approve", "deny", "pause", "resume", "lsp" }.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains($"remedy {command}", output);
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        foreach (var command in Commands().Select(c => (string)c[0]))
            Assert.Contains(command, output);
    }
}
