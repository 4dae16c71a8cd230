namespace Remedy.Server.KillSwitch;

/// <summary>The kill switch.</summary>
/// <param name="Engaged">True when every new mutation is refused.</param>
/// <param name="Reason">Why it was last changed.</param>
/// <param name="By">Who changed it.</param>
/// <param name="At">When, or null when it was never changed.</param>
public sealed record KillSwitchView(bool Engaged, string Reason, string By, string? At);
