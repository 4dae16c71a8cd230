using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Engine;

/// <summary>The services a run uses, built once per runtime and shared by its runs.</summary>
internal sealed record RuntimeServices(
    IRuntimeStore Store,
    ProviderRegistry Providers,
    ProviderInvoker Invoker,
    SafetyGovernor Governor,
    ApprovalGate Approvals,
    NotificationRouter Notifications,
    IRemedySelector Selector,
    AuditLog Audit,
    TimeProvider Clock,
    RuntimeOptions Options);
