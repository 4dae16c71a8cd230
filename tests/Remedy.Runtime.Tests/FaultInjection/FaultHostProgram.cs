namespace Remedy.Runtime.Tests.FaultInjection;

/// <summary>
/// The entry point of this test assembly when started as a child process: <c>fault-host &lt;state.db&gt; &lt;root&gt;
/// &lt;iteration&gt;</c> recovers whatever a previous killed host left open, then runs one playbook, so the
/// parent test can SIGKILL it at any point. The test runner never calls this.
/// </summary>
public static class FaultHostProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["fault-host", var database, var root, var iteration])
        {
            return await FaultHost.RunAsync(database, root, int.Parse(iteration, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is ["fault-host-no-recover", var db, var folder, var number])
        {
            return await FaultHost.RunAsync(db, folder, int.Parse(number, System.Globalization.CultureInfo.InvariantCulture), recoverFirst: false);
        }

        await Console.Error.WriteLineAsync("This is a test assembly. 'fault-host <state.db> <root> <iteration>' runs one playbook for the fault-injection test.");
        return 2;
    }
}
