using System.Text.Json;

namespace Remedy.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Clean = "module m\n\nplaybook p {\n    autonomy observe_only\n}\n";
    private const string Broken = "module m\n\nplaybook p {\n    autonomy autonomus\n}\n";

    [Fact]
    public void Clean_file_exits_zero()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.remedy", Clean);
        var (code, output, error) = CliRunner.Run("check", file);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("1 file checked: 0 errors, 0 warnings", output);
    }

    [Fact]
    public void Errors_print_in_msbuild_format_and_exit_one()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.remedy", Broken);
        var (code, output, _) = CliRunner.Run("check", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}(4,14): error RMD0007: unknown autonomy level 'autonomus'", output);
    }

    [Fact]
    public void Folders_are_searched_recursively()
    {
        using var folder = new TempFolder();
        folder.Write("a/one.remedy", Clean);
        folder.Write("a/b/two.remedy", Broken.Replace("module m", "module n"));
        folder.Write("a/notes.txt", "not a playbook");
        var (code, output, _) = CliRunner.Run("check", folder.Path);
        Assert.Equal(1, code);
        Assert.Contains("2 files checked: 1 error, 0 warnings", output);
    }

    [Fact]
    public void Json_format_is_valid_json_with_exact_ranges()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.remedy", Broken);
        var (code, output, _) = CliRunner.Run("check", "--format", "json", file);
        Assert.Equal(1, code);
        using var document = JsonDocument.Parse(output);
        var diagnostic = document.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("RMD0007", diagnostic.GetProperty("code").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(14, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(23, diagnostic.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_format_follows_the_2_1_0_shape()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.remedy", Broken);
        var (_, output, _) = CliRunner.Run("check", "--format", "sarif", file);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("remedy", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal("RMD0007", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal("RMD0007", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Equal(14, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Missing_path_is_bad_usage_but_other_files_are_still_checked()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.remedy", Broken);
        var (code, output, error) = CliRunner.Run("check", file, Path.Combine(folder.Path, "missing.remedy"));
        Assert.Equal(2, code);
        Assert.Contains("missing.remedy: no such file or folder", error);
        Assert.Contains("RMD0007", output);
    }

    [Fact]
    public void Invalid_utf8_is_reported_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "binary.remedy");
        File.WriteAllBytes(file, [0x6d, 0x6f, 0xff, 0xfe, 0x00, 0xc3]);
        var (code, output, error) = CliRunner.Run("check", file);
        Assert.Equal(2, code);
        Assert.Contains($"{file}(1,1): error RMD0019: not valid UTF-8", output);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void Empty_folder_is_reported()
    {
        using var folder = new TempFolder();
        var (code, _, error) = CliRunner.Run("check", folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("no .remedy files", error);
    }

    [Theory]
    [InlineData("check", "--format", "yaml", "x.remedy")]
    [InlineData("check")]
    [InlineData("no-such-command")]
    public void Bad_usage_exits_two(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("remedy --help", error);
    }
}
