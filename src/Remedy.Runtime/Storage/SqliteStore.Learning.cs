using System.Text.Json;
using Microsoft.Data.Sqlite;
using Remedy.Runtime.Learning;

namespace Remedy.Runtime.Storage;

/// <summary>Learning state and outcomes in the same SQLite file as the journal.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public string? GetLearningState(string key)
    {
        lock (gate)
        {
            try
            {
                return Scalar("SELECT json FROM learning_state WHERE key = $key;", null, ("$key", key)) as string;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void PutLearningState(string key, string json)
    {
        lock (gate)
        {
            try
            {
                Exec(connection, "INSERT INTO learning_state(key, json, updated_at) VALUES ($key, $json, $at) ON CONFLICT(key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;",
                    null, ("$key", key), ("$json", json), ("$at", Ms(DateTimeOffset.UtcNow)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public void AppendOutcome(LearningOutcome outcome)
    {
        lock (gate)
        {
            try
            {
                Exec(connection,
                    "INSERT INTO learning_outcomes(run_id, playbook, choice, option, features, probability, success, ttr_ms, human, at) VALUES ($run, $pb, $choice, $option, $features, $p, $ok, $ttr, $human, $at);",
                    null, ("$run", outcome.RunId), ("$pb", outcome.Playbook), ("$choice", outcome.Choice), ("$option", outcome.Option),
                    ("$features", JsonSerializer.Serialize(outcome.Features)), ("$p", outcome.Probability), ("$ok", outcome.Success ? 1 : 0),
                    ("$ttr", (long)outcome.TimeToRecover.TotalMilliseconds), ("$human", outcome.HumanActed ? 1 : 0), ("$at", Ms(outcome.At)));
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<LearningOutcome> Outcomes(string? playbook = null)
    {
        lock (gate)
        {
            try
            {
                using var command = Command(
                    "SELECT run_id, playbook, choice, option, features, probability, success, ttr_ms, human, at FROM learning_outcomes WHERE $pb IS NULL OR playbook = $pb ORDER BY seq;",
                    null, ("$pb", playbook));
                using var reader = command.ExecuteReader();
                var list = new List<LearningOutcome>();
                while (reader.Read())
                {
                    list.Add(new LearningOutcome(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [], reader.GetDouble(5), reader.GetInt64(6) != 0,
                        TimeSpan.FromMilliseconds(reader.GetInt64(7)), reader.GetInt64(8) != 0, FromMs(reader.GetInt64(9))));
                }

                return list;
            }
            catch (SqliteException e)
            {
                throw Unavailable(e);
            }
        }
    }
}
