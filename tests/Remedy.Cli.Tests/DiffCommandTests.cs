namespace Remedy.Cli.Tests;

public sealed class DiffCommandTests
{
    private const string Old = """
        module web
        import std.process

        playbook restart_web {
            trigger alert "WebDown"
            autonomy supervised
            blast_radius { max_targets 1 }
            timeout 10m
            step restart { process.restart("nginx") }
            verify within 1m { process.status("nginx").running }
        }
        """;

    [Fact]
    public void Same_version_is_not_riskier()
    {
        using var folder = new TempFolder();
        var (code, output, error) = CliRunner.Run("diff", folder.Write("old.remedy", Old), folder.Write("new.remedy", Old));
        Assert.True(code == 0, output + error);
        Assert.Contains("not riskier", output);
    }

    [Fact]
    public void Wider_blast_radius_is_riskier()
    {
        using var folder = new TempFolder();
        var wider = Old.Replace("max_targets 1", "max_targets 5");
        var (code, output, error) = CliRunner.Run("diff", folder.Write("old.remedy", Old), folder.Write("new.remedy", wider));
        Assert.True(code == 1, output + error);
        Assert.Contains("max_targets", output);
        Assert.Contains("riskier: 1 finding", output);
    }

    [Fact]
    public void Inputs_with_errors_cannot_be_compared()
    {
        using var folder = new TempFolder();
        var (code, output, error) = CliRunner.Run("diff", folder.Write("old.remedy", Old), folder.Write("new.remedy", Old.Replace("supervised", "supervisd")));
        Assert.Equal(2, code);
        Assert.Contains("RMD0007", output);
        Assert.Contains("fix them before comparing", error);
    }
}
