using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Falco rules scoped to the app's image: a shell started in it, a write below a binary
/// directory, and an outbound connection to an address outside the allowed networks. They use
/// the <c>spawned_process</c>, <c>open_write</c> and <c>outbound</c> macros of Falco's
/// default rules file, which loads first.
/// </summary>
internal static class FalcoRulesRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var id = plan.Project.Replace('-', '_');
        var container = $"{id}_container";
        var context = "container=%container.name image=%container.image.repository"
            + ":%container.image.tag user=%user.name";

        var rules = new YamlSeq()
            .Add(new YamlMap()
                .Add("macro", container)
                .Add("condition", $"container.image.repository = \"{plan.Image}\""))
            .Add(new YamlMap()
                .Add("list", $"{id}_shells")
                .Add("items", YamlSeq.Of(
                    "sh", "bash", "dash", "ash", "zsh", "ksh", "csh", "tcsh", "busybox")))
            .Add(new YamlMap()
                .Add("list", $"{id}_binary_dirs")
                .Add("items", YamlSeq.Of("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin",
                    "/usr/local/sbin", "/usr/lib", "/usr/local/lib")))
            .Add(new YamlMap()
                .Add("list", $"{id}_allowed_networks")
                .Add("items", YamlSeq.Of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")))
            .Add(Rule(
                $"{plan.Project}: shell in container",
                "A shell started inside the app's container. The image runs one process and ships "
                    + "no shell on purpose; a shell means someone is exploring it.",
                $"spawned_process and {container} and proc.name in ({id}_shells)",
                $"Shell started in {plan.Project} (command=%proc.cmdline parent=%proc.pname "
                    + $"{context})",
                "WARNING",
                ["container", "shell", "mitre_execution", "T1059"]))
            .Add(Rule(
                $"{plan.Project}: write below binary directory",
                "A file opened for writing below a binary or library directory of the app's "
                    + "container: an attempt to plant or replace an executable.",
                $"open_write and {container} and fd.name pmatch ({id}_binary_dirs)",
                $"Write below binary dir in {plan.Project} (file=%fd.name command=%proc.cmdline "
                    + $"{context})",
                "ERROR",
                ["container", "filesystem", "mitre_persistence", "T1543"]))
            .Add(Rule(
                $"{plan.Project}: unexpected outbound connection",
                "An outbound connection from the app's container to an address outside the "
                    + "allowed networks (list "
                    + $"{id}_allowed_networks): exfiltration or a reverse shell.",
                $"outbound and {container} and not fd.snet in ({id}_allowed_networks)",
                $"Outbound connection from {plan.Project} (connection=%fd.name "
                    + $"command=%proc.cmdline {context})",
                "NOTICE",
                ["container", "network", "mitre_exfiltration", "TA0010"]));

        var text = new System.Text.StringBuilder()
            .Append("# Falco ").Append(plan.ToolTag("falco")).Append(" rules for ")
            .Append(plan.Project).Append(" (").Append(plan.Image).Append(").\n")
            .Append("# Load after falco_rules.yaml (it defines spawned_process, open_write and "
                + "outbound):\n")
            .Append("#   falco -r /etc/falco/falco_rules.yaml -r falco/")
            .Append(plan.Project).Append("-rules.yaml\n")
            .Append("# Widen ").Append(id).Append("_allowed_networks to the addresses the app "
                + "must reach.\n");
        var body = YamlEmitter.EmitSequence(rules);
        return new GeneratedFile($"falco/{plan.Project}-rules.yaml", text + body,
            "Falco runtime rules: shell, writes below binary dirs, outbound connections");
    }

    private static YamlMap Rule(
        string name, string description, string condition, string output, string priority,
        IEnumerable<string> tags) =>
        new YamlMap()
            .Add("rule", name)
            .Add("desc", description)
            .Add("condition", condition)
            .Add("output", output)
            .Add("priority", priority)
            .Add("tags", YamlSeq.Of(tags));
}
