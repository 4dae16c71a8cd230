using Remedy.Runtime.Journal;

namespace Remedy.Runtime.Engine;

/// <summary>A progress event for a live display (the CLI shows these while a run works or waits).</summary>
/// <param name="RunId">The run.</param>
/// <param name="Kind">The journal kind of the event, or null for an approval wait.</param>
/// <param name="Message">A line for a human.</param>
/// <param name="At">When.</param>
/// <param name="Waiting">True while the run waits for a human (approval), false for journaled events.</param>
public sealed record RunProgress(string RunId, JournalKind? Kind, string Message, DateTimeOffset At, bool Waiting = false);
