using Remedy.Cli.Input;
using Remedy.Cli.Reporting;
using Remedy.Compiler;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Roslyn;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Engine;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Cli.Running;

/// <summary>
/// Compiles a workspace of .remedy files and loads its playbooks into a runtime, the way <c>remedy compile</c>
/// and the runtime's load-time checks would, reporting every problem instead of throwing.
/// </summary>
public static class PlaybookWorkspace
{
    /// <summary>Compiles the files under <paramref name="paths"/> into an assembly image.</summary>
    /// <param name="console">Where diagnostics (RMD, msbuild format) and problems go.</param>
    /// <param name="paths">Files and folders.</param>
    /// <param name="image">The assembly image, or empty on failure.</param>
    /// <returns><see cref="ExitCodes.Success"/>, 1 for RMD errors, 2 for unreadable input.</returns>
    public static int TryCompile(CliConsole console, IReadOnlyList<string> paths, out byte[] image) =>
        TryCompile(console, paths, out image, out _);

    /// <summary>Compiles the files under <paramref name="paths"/>, also returning every provider id they declare.</summary>
    /// <param name="console">Where diagnostics and problems go.</param>
    /// <param name="paths">Files and folders.</param>
    /// <param name="image">The assembly image, or empty on failure.</param>
    /// <param name="providerIds">The provider ids of every query and action the workspace and standard library declare.</param>
    /// <returns><see cref="ExitCodes.Success"/>, 1 for RMD errors, 2 for unreadable input.</returns>
    public static int TryCompile(CliConsole console, IReadOnlyList<string> paths, out byte[] image, out IReadOnlyList<string> providerIds) =>
        TryCompile(console, paths, out image, out providerIds, out _);

    /// <summary>Compiles the files under <paramref name="paths"/>, also returning the source file of each playbook.</summary>
    /// <param name="console">Where diagnostics and problems go.</param>
    /// <param name="paths">Files and folders.</param>
    /// <param name="image">The assembly image, or empty on failure.</param>
    /// <param name="providerIds">The provider ids of every query and action the workspace and standard library declare.</param>
    /// <param name="playbookFiles">The file each playbook is declared in, by playbook name.</param>
    /// <returns><see cref="ExitCodes.Success"/>, 1 for RMD errors, 2 for unreadable input.</returns>
    public static int TryCompile(CliConsole console, IReadOnlyList<string> paths, out byte[] image, out IReadOnlyList<string> providerIds, out IReadOnlyDictionary<string, string> playbookFiles)
    {
        image = [];
        providerIds = [];
        playbookFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var (files, inputErrors) = SourceCollector.Collect(paths);
        foreach (var error in inputErrors.Where(e => !e.IsUnreadableFile))
        {
            console.Error.WriteLine($"error: {error}");
        }

        var compilation = Compilation.Create([.. files.Select(f => new SourceDocument(f.DisplayPath, f.Text))]);
        var result = new PlaybookCompiler().Compile(compilation);
        var unreadable = inputErrors.Where(e => e.IsUnreadableFile)
            .Select(e => Diagnostic.Create(DiagnosticCatalog.UnreadableFile, e.Path, SourceSpan.None, e.Message));
        var diagnostics = unreadable.Concat(result.Diagnostics).ToList();
        if (inputErrors.Count > 0)
        {
            DiagnosticReport.Write(console.Error, ReportFormat.MsBuild, diagnostics, files.Count);
            return ExitCodes.BadUsage;
        }

        if (!result.Succeeded)
        {
            DiagnosticReport.Write(console.Error, ReportFormat.MsBuild, diagnostics, files.Count);
            return ExitCodes.Diagnostics;
        }

        // Warnings (e.g. RMD1013, overlapping playbooks) matter to whoever is about to run them.
        foreach (var warning in result.Diagnostics)
        {
            console.Error.WriteLine(warning.ToString());
        }

        image = [.. result.Image];
        var declaredIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var playbook in tree.Root.Declarations.OfType<Remedy.Syntax.Tree.PlaybookDecl>())
            {
                declaredIn.TryAdd(playbook.Name.Name, tree.Path);
            }
        }

        playbookFiles = declaredIn;
        providerIds = compilation.Modules.Values
            .SelectMany(m => m.Members.Values.OfType<CallableSymbol>())
            .Select(c => c.ProviderId)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return ExitCodes.Success;
    }

    /// <summary>Loads a compiled image; every load error (an unknown provider id, a rejected API) is reported.</summary>
    /// <param name="console">Where problems go.</param>
    /// <param name="runtime">The runtime with its providers.</param>
    /// <param name="image">The assembly image.</param>
    /// <param name="providerIds">The configured provider ids, to say what is available.</param>
    /// <param name="playbooks">The loaded playbooks.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or 2 when any playbook could not be loaded.</returns>
    public static int TryLoad(CliConsole console, PlaybookRuntime runtime, byte[] image, IReadOnlyList<string> providerIds, out IReadOnlyList<LoadedPlaybook> playbooks)
    {
        var loaded = runtime.LoadAssembly(image, PlaybookCompiler.DefaultAssemblyName + ".dll");
        playbooks = loaded.Playbooks;
        if (loaded.Errors.Count == 0)
        {
            return ExitCodes.Success;
        }

        foreach (var error in loaded.Errors)
        {
            console.Error.WriteLine($"error: load: {error}");
        }

        if (!loaded.Errors.Any(e => e.Contains("provider", StringComparison.OrdinalIgnoreCase)))
        {
            return ExitCodes.BadUsage;
        }

        console.Error.WriteLine(providerIds.Count == 0
            ? "No provider is configured: the runtime configuration (remedy.runtime.json, or --config FILE) says which providers playbooks may use."
            : $"Configured providers: {string.Join(", ", providerIds)}. Add the missing ones to the runtime configuration (--config FILE).");
        return ExitCodes.BadUsage;
    }
}
