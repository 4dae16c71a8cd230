using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Storage;

/// <summary>Builds each store kind so one contract test runs against both.</summary>
public sealed class StoreFactory : IDisposable
{
    private readonly TempDirectory dir = new();

    public IRuntimeStore Create(string kind)
    {
        if (kind == "memory")
        {
            return new InMemoryStore();
        }

        Assert.True(SqliteStore.TryOpen(dir.Combine("store.db"), SqliteDurability.Full, out var store, out var error), error);
        return store;
    }

    public string DatabasePath => dir.Combine("store.db");

    public void Dispose() => dir.Dispose();
}
