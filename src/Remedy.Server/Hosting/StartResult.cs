namespace Remedy.Server.Hosting;

/// <summary>Whether the server started, and if not, why (the playbooks' diagnostics, a journal that cannot open).</summary>
/// <param name="Started">True when listening.</param>
/// <param name="Problems">What stopped it, as the CLI prints it.</param>
/// <param name="PlaybookErrors">True when the playbooks did not compile or load (exit code 1, like <c>remedy check</c>).</param>
public sealed record StartResult(bool Started, string Problems, bool PlaybookErrors);
