namespace Remedy.Runtime.Storage;

/// <summary>Everything the runtime persists, behind one interface so SQLite and in-memory stores are interchangeable.</summary>
public interface IRuntimeStore : IJournalStore, IAuditStore, ISafetyStateStore, IApprovalStore, ILearningStore, IDisposable
{
}
