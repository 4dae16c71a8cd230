using System.CommandLine;
using Remedy.Cli.Input;
using Remedy.Cli.Reporting;
using Remedy.Compiler;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy check</c>: reports syntax, type and safety diagnostics of playbooks.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of .remedy files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: msbuild (default), json or sarif.",
            DefaultValueFactory = _ => "msbuild",
        };
        format.AcceptOnlyFromAmong("msbuild", "json", "sarif");
        var command = new Command("check", "Check playbooks for syntax, type and safety errors. Exit code: 0 clean, 1 errors, 2 bad usage or unreadable input.")
        {
            paths, format,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) ?? [], DiagnosticReport.ParseFormat(parsed.GetValue(format))));
        return command;
    }

    /// <summary>Checks the files under <paramref name="paths"/> and prints the report.</summary>
    public static int Run(CliConsole console, IReadOnlyList<string> paths, ReportFormat format)
    {
        var (files, inputErrors) = SourceCollector.Collect(paths);
        foreach (var error in inputErrors.Where(e => !e.IsUnreadableFile)) console.Error.WriteLine($"error: {error}");
        var compilation = Compilation.Create(files.Select(f => new SourceDocument(f.DisplayPath, f.Text)));
        // An unreadable file is a diagnostic like any other, so JSON and SARIF consumers see it too.
        var unreadable = inputErrors.Where(e => e.IsUnreadableFile)
            .Select(e => Diagnostic.Create(DiagnosticCatalog.UnreadableFile, e.Path, SourceSpan.None, e.Message));
        var diagnostics = unreadable.Concat(compilation.GetDiagnostics()).ToList();
        DiagnosticReport.Write(console.Output, format, diagnostics, files.Count);
        if (inputErrors.Count > 0) return ExitCodes.BadUsage;
        return diagnostics.Any(d => d.IsError) ? ExitCodes.Diagnostics : ExitCodes.Success;
    }
}
