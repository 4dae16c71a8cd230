using Remedy.Learning.Context;

namespace Remedy.Learning.Benchmark;

/// <summary>A class written compactly: a trailing <c>!</c> marks a remedy the compiler did not verify.</summary>
internal sealed record ClassShape(
    string Name,
    string Alert,
    string Service,
    bool HeldOut,
    (string Name, int Seconds)[] Options,
    double[] Easy,
    double[] Hard)
{
    public FaultClass Build(double[] success, double[]? afterDrift) => new(
        Name,
        [FeatureValue.Of(Alert), FeatureValue.Of(Service)],
        Options.Select((o, i) => new SimulatedOption(o.Name.TrimEnd('!'), success[i], TimeSpan.FromSeconds(o.Seconds), !o.Name.EndsWith('!'))).ToArray(),
        HeldOut,
        afterDrift);
}
