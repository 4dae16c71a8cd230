using System.CommandLine;
using Remedy.Cli.Input;
using Remedy.Cli.Reporting;
using Remedy.Compiler;
using Remedy.Compiler.Analysis;
using Remedy.Compiler.Workspace;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy diff old new</c>: says whether a new version of playbooks is riskier than the old one, for review.</summary>
public static class DiffCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var oldPath = new Argument<string>("old") { Description = "The old version: a .remedy file or a folder." };
        var newPath = new Argument<string>("new") { Description = "The new version: a .remedy file or a folder." };
        var command = new Command("diff", "Report whether the new version is riskier: wider scope or blast radius, higher autonomy, new mutating, destructive or irreversible calls, fewer guards, a longer timeout. Exit code: 0 not riskier, 1 riskier, 2 bad usage or inputs with errors.")
        {
            oldPath, newPath,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(oldPath)!, parsed.GetValue(newPath)!));
        return command;
    }

    /// <summary>Compares the two versions and prints the findings.</summary>
    public static int Run(CliConsole console, string oldPath, string newPath)
    {
        var oldCompilation = Load(console, oldPath);
        var newCompilation = Load(console, newPath);
        if (oldCompilation is null || newCompilation is null) return ExitCodes.BadUsage;

        var result = RiskDiff.Compare(oldCompilation, newCompilation);
        foreach (var finding in result.Findings) console.Output.WriteLine(finding.ToString());
        console.Output.WriteLine(result.IsRiskier
            ? $"riskier: {result.Findings.Length} {(result.Findings.Length == 1 ? "finding" : "findings")}"
            : "not riskier");
        return result.IsRiskier ? ExitCodes.Diagnostics : ExitCodes.Success;
    }

    /// <summary>Compiles one side; a side that cannot be read or has errors cannot be compared.</summary>
    private static Compilation? Load(CliConsole console, string path)
    {
        var (files, errors) = SourceCollector.Collect([path]);
        foreach (var error in errors) console.Error.WriteLine($"error: {error}");
        if (errors.Count > 0) return null;
        var compilation = Compilation.Create(files.Select(f => new SourceDocument(f.DisplayPath, f.Text)));
        var problems = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        if (problems.Count == 0) return compilation;
        DiagnosticReport.Write(console.Output, ReportFormat.MsBuild, problems, files.Count);
        console.Error.WriteLine($"error: {path} has errors; fix them before comparing");
        return null;
    }
}
