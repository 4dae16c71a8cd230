using System.Globalization;
using Remedy.Runtime.Engine;

namespace Remedy.Cli.Running;

/// <summary>
/// Shows a run's progress as it happens: each journaled event, and while a run waits for a human, how to approve
/// or deny it from another terminal. Writes synchronously (not through <see cref="Progress{T}"/>), so lines come
/// in order and before the run's result.
/// </summary>
public sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly TextWriter output;
    private readonly string stateHint;
    private readonly object gate = new();

    /// <summary>Creates the display.</summary>
    /// <param name="output">Where lines go.</param>
    /// <param name="statePath">The state file, repeated in the approve command when it is not the default.</param>
    public ConsoleProgress(TextWriter output, string statePath)
    {
        this.output = output;
        stateHint = statePath == Runtime.StateOptions.DefaultState ? string.Empty : $" --state {statePath}";
    }

    /// <inheritdoc />
    public void Report(RunProgress value)
    {
        var at = value.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        lock (gate)
        {
            if (value.Waiting)
            {
                output.WriteLine($"  {at} [{value.RunId}] {value.Message}");
                output.WriteLine($"  {at} [{value.RunId}] approve with: remedy approve {value.RunId} --by NAME{stateHint}   (or refuse: remedy deny {value.RunId} --by NAME{stateHint})");
            }
            else
            {
                output.WriteLine($"  {at} [{value.RunId}] {value.Message}");
            }

            output.Flush();
        }
    }
}
