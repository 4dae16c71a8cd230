using Remedy.Runtime.Alerts;

namespace Remedy.Cli.Running;

/// <summary>Reads an Alertmanager webhook payload from a file, reporting any problem with the file's name.</summary>
public static class AlertFile
{
    /// <summary>Reads and parses one alert file.</summary>
    /// <param name="console">Where problems are reported.</param>
    /// <param name="path">The file.</param>
    /// <param name="alerts">The alerts it holds; empty on error.</param>
    /// <returns>True when the file was read.</returns>
    public static bool TryRead(CliConsole console, string path, out IReadOnlyList<TriggerAlert> alerts)
    {
        alerts = [];
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot read the alert file '{path}': {e.Message}");
            return false;
        }

        if (!AlertmanagerWebhook.TryParse(json, TimeProvider.System, out alerts, out var problem))
        {
            console.Error.WriteLine($"error: {path}: {problem}");
            return false;
        }

        if (alerts.Count == 0)
        {
            console.Error.WriteLine($"error: {path}: the webhook payload holds no alerts, so there is nothing to match");
            return false;
        }

        return true;
    }
}
