using System.ComponentModel;

namespace DockerMastery.Mcp.Tools;

/// <summary>What <c>select_tier</c> asks a user through elicitation when told nothing.</summary>
public sealed class TierQuestions
{
    /// <summary>How many containers the system runs.</summary>
    [Description("How many containers will the system run (services x replicas)?")]
    public int ContainerCount { get; set; } = 1;

    /// <summary>Where it runs.</summary>
    [Description("Where will it run: learning, dev, small-team, staging, production, enterprise?")]
    public string Scale { get; set; } = "dev";
}
