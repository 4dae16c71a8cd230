namespace Remedy.Learning.Benchmark;

/// <summary>
/// One incident of a stream with all of its randomness drawn up front, so that every contender faces exactly the
/// same incidents and the same luck (common random numbers): option i succeeds when <c>Draws[i] &lt; p_i</c>.
/// </summary>
/// <param name="ClassIndex">The fault class.</param>
/// <param name="IndexInClass">0-based: how many incidents of this class came before it.</param>
/// <param name="Drifted">Whether the scenario's drift point has passed.</param>
/// <param name="Draws">One uniform draw per option of the class.</param>
/// <param name="Jitter">A uniform draw that scales the recovery time between 0.75× and 1.25×.</param>
internal sealed record SimulatedIncident(int ClassIndex, int IndexInClass, bool Drifted, double[] Draws, double Jitter);
