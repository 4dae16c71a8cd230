namespace Remedy.Learning.Policies;

/// <summary>Checks on reward values shared by every policy.</summary>
internal static class Rewards
{
    /// <summary>Rejects rewards outside [0, 1], which would break the Beta and success-rate arithmetic.</summary>
    public static double Validate(double reward) =>
        double.IsFinite(reward) && reward is >= 0 and <= 1
            ? reward
            : throw new ArgumentOutOfRangeException(nameof(reward), reward, "A reward must be in [0, 1].");
}
