using Remedy.TestSupport;

namespace Remedy.Cli.Tests.Simulation;

/// <summary>Workspaces for simulation tests: the shipped example, variants of it, and a small lab.</summary>
internal static class SimulationWorkspaces
{
    public static string Example => Path.Combine(Baseline.RepositoryRoot(), "examples", "k8s_memory_leak.remedy");

    /// <summary>The shipped example: every option runnable, and the label that decides the best option as the feature.</summary>
    public static string Learnable() => File.ReadAllText(Example);

    /// <summary>
    /// The example with <c>max_percent 40%</c>: the single deployment the scale_out and rollback_release options touch is
    /// 100% of its population, so the runtime's guard refuses those options every time.
    /// </summary>
    public static string WithMaxPercent() => File.ReadAllText(Example)
        .Replace("        max_targets 3\n", "        max_targets 3\n        max_percent 40%\n", StringComparison.Ordinal);

    /// <summary>The learnable example with no outcome line for <c>scale_out</c>.</summary>
    public static string WithoutScaleOutOutcome() => string.Join('\n', Learnable().Split('\n').Where(l => !l.Contains("outcome scale_out", StringComparison.Ordinal)));

    /// <summary>A playbook whose target list has no static bound, and a population larger than its max_targets.</summary>
    public const string UnboundedLab = """
        module lab

        /// A box that can run hot.
        resource Box {
            name: string
            namespace: string
            hot: bool
        }

        /// Lists the boxes of a namespace.
        query boxes(namespace: string) -> list<Box> {
            provider "lab.boxes"
            timeout 5s
        }

        /// Resets a box.
        action reset(box: Box) {
            effect mutating
            risk low
            irreversible "a reset cannot be undone"
            provider "lab.reset"
            timeout 10s
        }

        /// Cools hot boxes.
        playbook cool_boxes {
            trigger alert "Hot" where alert.labels["team"] == "lab"
            autonomy supervised
            blast_radius {
                max_targets 3
                max_percent 25%
                scope namespace "lab"
            }
            timeout 10m

            let hot = boxes(namespace: "lab") | where it.hot

            step cool "Reset the hot boxes" {
                for box in hot {
                    reset(box)
                }
                timeout 2m
            }

            verify within 1m every 10s {
                count(boxes(namespace: "lab") | where it.hot) == 0
            }
        }

        /// Eight hot boxes: more than the blast radius allows.
        simulation hot_lab for cool_boxes {
            incidents 6
            seed 1
            population boxes 8 of Box { namespace: "lab", hot: true }
        }
        """;
}
