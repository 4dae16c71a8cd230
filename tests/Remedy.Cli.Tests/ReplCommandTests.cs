using Remedy.Cli.Repl;

namespace Remedy.Cli.Tests;

public sealed class ReplCommandTests
{
    [Fact]
    public async Task Lines_keep_state_and_queries_run_dry()
    {
        var session = new ReplSession();

        Assert.Equal("list [1, 2, 3, 4]", await session.EvaluateAsync("let xs = [1, 2, 3, 4]"));
        Assert.Equal("list [30, 40]", await session.EvaluateAsync("xs | where it > 2 | map it * 10"));
        Assert.Equal("int 5", await session.EvaluateAsync("count(xs) + 1"));
        Assert.Equal("list []", await session.EvaluateAsync("k8s.pods(namespace: \"web\", selector: \"app=web\") | where it.restarts > 3"));
        Assert.Equal("number 0", await session.EvaluateAsync("files.disk_usage(\"/var/log\").used_ratio"));
        Assert.Equal("duration 11m", await session.EvaluateAsync("(5m + 30s) * 2"));
        Assert.Equal("string \"sum 4\"", await session.EvaluateAsync("\"sum ${count(xs)}\""));
    }

    [Fact]
    public async Task Bad_lines_get_clear_errors_at_their_column_and_leave_the_state_alone()
    {
        var session = new ReplSession();
        await session.EvaluateAsync("let n = 2");

        Assert.Equal("error RMD0100 (column 5): 'nope' is not defined here", await session.EvaluateAsync("n + nope"));
        Assert.StartsWith("error RMD0108", await session.EvaluateAsync("n + 5m"));
        Assert.Contains("RMD0118", await session.EvaluateAsync("k8s.restart_pod(n)"));
        Assert.Equal("error: division by zero", await session.EvaluateAsync("n / 0"));
        Assert.Equal("int 4", await session.EvaluateAsync("n * 2"));
    }

    [Fact]
    public void The_command_reads_lines_until_exit()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApplication.Run(["repl"], output, error, new StringReader("let a = 20\na + 1\nexit\na\n"));

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        Assert.Contains("int 20", output.ToString());
        Assert.Contains("int 21", output.ToString());
        Assert.Equal(3, output.ToString().Split("> ").Length - 1);
    }
}
