using System.Runtime.CompilerServices;

namespace Remedy.Runtime.Tests.Support;

/// <summary>A test against a real PostgreSQL cluster; skipped, with the reason, only when PostgreSQL is absent and CI is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute([CallerMemberName] string test = "")
    {
        if (ServerBinaries.SkipReason(ServerBinaries.PostgresBin() is not null, "PostgreSQL (initdb, pg_ctl)") is { } reason)
        {
            Skip = reason;
            // dotnet test prints names, not skip reasons, at its default verbosity: put the reason where it shows.
            DisplayName = $"{test} (skipped: {Skip})";
        }
    }
}
