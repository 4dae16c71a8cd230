using Microsoft.Data.Sqlite;

namespace Remedy.Server.Intake;

/// <summary>One write the journal's writer performs inside a shared transaction; its task completes at the commit.</summary>
/// <param name="Write">The statements.</param>
/// <param name="Done">Completed when the transaction holding the write is durable.</param>
internal sealed record JournalOperation(Action<SqliteConnection, SqliteTransaction> Write, TaskCompletionSource Done);
