using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a temp folder, started with pg_ctl on a free 127.0.0.1 port, stopped
/// and deleted on dispose. PostgreSQL refuses to run as root, so as root it runs as the <c>postgres</c> user that
/// Debian's package creates. It has a database <c>shop</c>, a role <c>remedy</c> with pg_signal_backend and pg_read_all_stats
/// (what the providers connect as), a role <c>blind</c> without them and a role <c>app</c> whose sessions the tests act on.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromSeconds(120);
    private readonly string bin;
    private readonly string data;
    private readonly string? runAs;

    public PostgresCluster()
    {
        bin = ServerBinaries.PostgresBin() ?? throw new InvalidOperationException("PostgreSQL is not installed (run bash .ci/setup.sh)");
        Folder = new TempDirectory();
        data = Path.Combine(Folder.Path, "data");
        runAs = Environment.UserName == "root" ? "postgres" : null;
        if (runAs is not null)
        {
            // The postgres user must own the folder; /tmp subfolders are otherwise root-only.
            Check(ProcessRunner.Run("chown", [runAs, Folder.Path], CommandLimit));
        }

        Check(Pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]));
        Port = FreePort();
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{Folder.Path}' -c fsync=off -c max_connections=40";
        Started = true;
        try
        {
            Check(Pg("pg_ctl", ["-D", data, "-o", options, "-l", Path.Combine(Folder.Path, "server.log"), "-w", "-t", "60", "start"]));
            using var admin = Open("postgres", "postgres");
            Execute(admin, "create role remedy login");
            Execute(admin, "grant pg_signal_backend, pg_read_all_stats to remedy");
            Execute(admin, "create role blind login");
            Execute(admin, "create role app login");
            Execute(admin, "create database shop owner app");
        }
        catch
        {
            // A half-started cluster must not outlive the failed fixture.
            Dispose();
            throw;
        }
    }

    public int Port { get; }

    public TempDirectory Folder { get; }

    private bool Started { get; set; }

    public string ConnectionString(string user, string database) =>
        $"Host=127.0.0.1;Port={Port};Username={user};Database={database};Pooling=false;Timeout=15;Command Timeout=30";

    public NpgsqlConnection Open(string user, string database, string? application = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString(user, database)) { ApplicationName = application };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    public static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (Started)
        {
            Pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "60", "stop"]);
        }

        Folder.Dispose();
    }

    private (int ExitCode, string Output) Pg(string tool, string[] args) =>
        ProcessRunner.Run(Path.Combine(bin, tool), args, CommandLimit, runAs);

    private static void Check((int ExitCode, string Output) result)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"exit {result.ExitCode}: {result.Output}");
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
