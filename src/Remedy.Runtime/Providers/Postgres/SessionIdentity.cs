using System.Globalization;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Postgres;

/// <summary>
/// Which session a cancel or terminate is aimed at: the pid, its database, and when the backend started. PostgreSQL
/// reuses pids, so the start time is what tells a still-running session from a new one that got the same pid.
/// </summary>
internal sealed record SessionIdentity(long Pid, string Database, DateTime? BackendStart)
{
    public static string Format(DateTime backendStart) =>
        DateTime.SpecifyKind(backendStart, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads the <c>session</c> argument (a record from <c>postgres.sessions</c>).</summary>
    public static bool TryRead(MapValue args, out SessionIdentity identity, out ProviderResult? refusal)
    {
        identity = new SessionIdentity(0, string.Empty, null);
        refusal = null;
        if (args.Get("session") is not MapValue session)
        {
            refusal = ProviderResult.BadArgument("session", "a session record from postgres.sessions");
            return false;
        }

        if (!session.TryGetInt("pid", out var pid) || pid <= 0)
        {
            refusal = ProviderResult.BadArgument("session.pid", "a positive backend pid");
            return false;
        }

        if (!session.TryGetString("database", out var database) || database.Length == 0)
        {
            refusal = ProviderResult.BadArgument("session.database", "the session's database name");
            return false;
        }

        DateTime? start = null;
        if (session.TryGetString("backend_start", out var text))
        {
            if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
            {
                refusal = ProviderResult.BadArgument("session.backend_start", "the backend start time from postgres.sessions");
                return false;
            }

            start = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
        }

        identity = new SessionIdentity(pid, database, start);
        return true;
    }
}
