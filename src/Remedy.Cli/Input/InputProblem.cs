namespace Remedy.Cli.Input;

/// <summary>A path the user gave that yielded no readable source.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Message">What is wrong with it.</param>
/// <param name="IsUnreadableFile">True for a file that exists but cannot be read (reported as RMD0019), false for a missing path or an empty folder.</param>
public sealed record InputProblem(string Path, string Message, bool IsUnreadableFile)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
