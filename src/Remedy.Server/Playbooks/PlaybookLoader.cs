using Remedy.Runtime.Engine;

namespace Remedy.Server.Playbooks;

/// <summary>
/// Compiles the playbook sources and loads them into <paramref name="runtime"/>. The CLI supplies it (the same
/// compile-and-load path as <c>remedy run</c>), so the server never compiles differently from the tools.
/// </summary>
/// <param name="runtime">The runtime to load into.</param>
/// <returns>The playbooks, or every problem.</returns>
public delegate PlaybookLoad PlaybookLoader(PlaybookRuntime runtime);
