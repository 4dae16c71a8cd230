using Remedy.TestSupport;

namespace Remedy.Cli.Tests;

public sealed class FmtCommandTests
{
    private const string Messy = "module m\nplaybook p {\n      autonomy observe_only   // why\n}\n";

    [Fact]
    public void Check_lists_unformatted_files_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var file = folder.Write("p.remedy", Messy);
        var (code, output, _) = CliRunner.Run("fmt", "--check", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}: needs formatting", output);
        Assert.Equal(Messy, File.ReadAllText(file));
    }

    [Fact]
    public void Formats_in_place_keeping_comments_and_is_then_clean()
    {
        using var folder = new TempFolder();
        var file = folder.Write("p.remedy", Messy);
        var (code, output, _) = CliRunner.Run("fmt", file);
        Assert.Equal(0, code);
        Assert.Contains($"formatted {file}", output);
        var formatted = File.ReadAllText(file);
        Assert.Contains("    autonomy observe_only // why", formatted);
        Assert.Equal(0, CliRunner.Run("fmt", "--check", file).ExitCode);
    }

    [Fact]
    public void Files_with_syntax_errors_are_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        const string broken = "module m\nplaybook p {\n  autonomy\n";
        var file = folder.Write("bad.remedy", broken);
        var (code, output, error) = CliRunner.Run("fmt", file);
        Assert.Equal(1, code);
        Assert.Contains("RMD", output);
        Assert.Contains("not formatted", error);
        Assert.Equal(broken, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("examples")]
    [InlineData("stdlib")]
    public void Shipped_playbooks_are_formatted(string folder)
    {
        var (code, output, error) = CliRunner.Run("fmt", "--check", Path.Combine(Baseline.RepositoryRoot(), folder));
        Assert.True(code == 0, output + error);
    }
}
