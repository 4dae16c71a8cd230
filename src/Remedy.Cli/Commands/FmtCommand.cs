using System.CommandLine;
using Remedy.Cli.Input;
using Remedy.Syntax.Formatting;
using Remedy.Syntax.Parsing;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy fmt</c>: rewrites playbooks in the one canonical layout, or checks that they are.</summary>
public static class FmtCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of .remedy files to format.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; list the files that are not formatted and exit with 1 if there are any.",
        };
        var command = new Command("fmt", "Format playbooks in place (every comment is kept). Exit code: 0 done, 1 files need formatting (--check) or have syntax errors, 2 bad usage or unreadable input.")
        {
            paths, check,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) ?? [], parsed.GetValue(check)));
        return command;
    }

    /// <summary>Formats (or checks) the files under <paramref name="paths"/>.</summary>
    public static int Run(CliConsole console, IReadOnlyList<string> paths, bool checkOnly)
    {
        var (files, inputErrors) = SourceCollector.Collect(paths);
        foreach (var error in inputErrors) console.Error.WriteLine($"error: {error}");
        var formatter = new Formatter();
        int changed = 0, refused = 0;
        foreach (var file in files)
        {
            var tree = SyntaxParser.Parse(file.Text, file.DisplayPath);
            var result = formatter.Format(tree);
            if (!result.Succeeded)
            {
                refused++;
                foreach (var diagnostic in tree.Diagnostics.Where(d => d.IsError)) console.Output.WriteLine(diagnostic.ToString());
                console.Error.WriteLine($"error: {file.DisplayPath}: not formatted: {result.FailureReason}");
                continue;
            }
            if (!result.Changed) continue;
            changed++;
            if (checkOnly)
            {
                console.Output.WriteLine($"{file.DisplayPath}: needs formatting");
                continue;
            }
            try
            {
                File.WriteAllText(file.FullPath, result.Text);
                console.Output.WriteLine($"formatted {file.DisplayPath}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {file.DisplayPath}: cannot be written: {e.Message}");
                inputErrors.Add(new InputProblem(file.DisplayPath, $"cannot be written: {e.Message}", true));
            }
        }
        var verb = checkOnly ? "need formatting" : "formatted";
        console.Output.WriteLine($"{files.Count} {(files.Count == 1 ? "file" : "files")}: {changed} {verb}, {refused} with syntax errors");
        if (inputErrors.Count > 0) return ExitCodes.BadUsage;
        return refused > 0 || (checkOnly && changed > 0) ? ExitCodes.Diagnostics : ExitCodes.Success;
    }
}
