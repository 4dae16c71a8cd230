using System.CommandLine;
using System.Globalization;
using Remedy.Cli.Input;
using Remedy.Cli.Reporting;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Roslyn;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy compile</c>: checks a workspace and compiles its playbooks into one assembly the runtime loads,
/// optionally writing the generated C# beside it. Errors are RMD diagnostics at .remedy positions.
/// </summary>
public static class CompileCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of .remedy files: one workspace, compiled into one assembly.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder the assembly (and, with --emit-cs, the C# files) is written to.",
            Required = true,
        };
        var emitCs = new Option<bool>("--emit-cs") { Description = "Also write the generated C#, one file per playbook, under <output>/cs/." };
        var name = new Option<string>("--name")
        {
            Description = "The assembly name (default Remedy.Playbooks); the file is <name>.dll.",
            DefaultValueFactory = _ => PlaybookCompiler.DefaultAssemblyName,
        };
        var cache = new Option<string?>("--cache") { Description = "A folder of compiled assemblies by source hash, so an unchanged workspace is not compiled again." };
        var format = new Option<string>("--format")
        {
            Description = "Diagnostic format: msbuild (default), json or sarif.",
            DefaultValueFactory = _ => "msbuild",
        };
        format.AcceptOnlyFromAmong("msbuild", "json", "sarif");
        var command = new Command("compile", "Compile playbooks into one assembly for the runtime. Exit code: 0 compiled, 1 errors, 2 bad usage, unreadable input or unwritable output.")
        {
            paths, output, emitCs, name, cache, format,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(paths) ?? [],
            parsed.GetValue(output) ?? ".",
            parsed.GetValue(emitCs),
            parsed.GetValue(name) ?? PlaybookCompiler.DefaultAssemblyName,
            parsed.GetValue(cache),
            DiagnosticReport.ParseFormat(parsed.GetValue(format))));
        return command;
    }

    /// <summary>Compiles the files under <paramref name="paths"/> and writes the assembly.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="paths">Files and folders.</param>
    /// <param name="outputFolder">Where to write.</param>
    /// <param name="emitCs">Whether to write the C# too.</param>
    /// <param name="assemblyName">The assembly name.</param>
    /// <param name="cacheFolder">The cache folder, or null.</param>
    /// <param name="format">The diagnostic format.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliConsole console, IReadOnlyList<string> paths, string outputFolder, bool emitCs, string assemblyName, string? cacheFolder, ReportFormat format)
    {
        if (assemblyName.Length == 0 || assemblyName.IndexOfAny([.. Path.GetInvalidFileNameChars(), ' ']) >= 0)
        {
            console.Error.WriteLine($"error: '{assemblyName}' is not a valid assembly name; use letters, digits, '.' and '_'");
            return ExitCodes.BadUsage;
        }

        var (files, inputErrors) = SourceCollector.Collect(paths);
        foreach (var error in inputErrors.Where(e => !e.IsUnreadableFile))
        {
            console.Error.WriteLine($"error: {error}");
        }

        var compiler = new PlaybookCompiler(new AssemblyCache(cacheFolder));
        var result = compiler.Compile([.. files.Select(f => new SourceDocument(f.DisplayPath, f.Text))], assemblyName);

        // An unreadable file is a diagnostic like any other, as in 'remedy check'.
        var unreadable = inputErrors.Where(e => e.IsUnreadableFile)
            .Select(e => Diagnostic.Create(DiagnosticCatalog.UnreadableFile, e.Path, SourceSpan.None, e.Message));
        DiagnosticReport.Write(console.Output, format, [.. unreadable, .. result.Diagnostics], files.Count);
        if (inputErrors.Count > 0)
        {
            return ExitCodes.BadUsage;
        }

        if (!result.Succeeded)
        {
            return ExitCodes.Diagnostics;
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
            var assemblyPath = Path.Combine(outputFolder, assemblyName + ".dll");
            File.WriteAllBytes(assemblyPath, [.. result.Image]);
            if (emitCs)
            {
                foreach (var source in result.Sources)
                {
                    var path = Path.Combine(outputFolder, "cs", source.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, source.Text);
                }
            }

            if (format == ReportFormat.MsBuild)
            {
                var t = result.Timings;
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"compiled {result.Sources.Length} playbook(s) into {assemblyPath}{(emitCs ? $" (C# in {Path.Combine(outputFolder, "cs")})" : string.Empty)}; " +
                    $"front-end {t.FrontEnd.TotalMilliseconds:0} ms, emit {t.Emit.TotalMilliseconds:0} ms, Roslyn {t.Roslyn.TotalMilliseconds:0} ms{(result.FromCache ? " (cached)" : string.Empty)}"));
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot write to {outputFolder}: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }
}
