using System.Text;

namespace Remedy.Cli.Input;

/// <summary>
/// Expands the paths a user gives (files and folders) into the .remedy files they name, and
/// reads them. Problems (a missing path, a folder with no playbooks, invalid UTF-8) are
/// returned as messages, never thrown.
/// </summary>
public static class SourceCollector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Collects and reads the files under <paramref name="paths"/>, in a stable order.</summary>
    public static (List<SourceFile> Files, List<InputProblem> Errors) Collect(IEnumerable<string> paths)
    {
        var files = new List<SourceFile>();
        var errors = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.remedy", SearchOption.AllDirectories)
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Contains("node_modules"))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) errors.Add(new InputProblem(path, "no .remedy files in this folder", false));
                foreach (var file in found) Read(file, files, errors, seen);
            }
            else if (File.Exists(path))
            {
                Read(path, files, errors, seen);
            }
            else
            {
                errors.Add(new InputProblem(path, "no such file or folder", false));
            }
        }
        return (files, errors);
    }

    private static void Read(string path, List<SourceFile> files, List<InputProblem> errors, HashSet<string> seen)
    {
        var full = Path.GetFullPath(path);
        if (!seen.Add(full)) return;
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(full));
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            files.Add(new SourceFile(path, full, text));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new InputProblem(path, "not valid UTF-8; save the file as UTF-8", true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputProblem(path, $"cannot be read: {e.Message}", true));
        }
    }
}
