namespace DockerMastery.Core.Compose.Rules;

/// <summary>DC201: a service runs with <c>privileged: true</c>.</summary>
public sealed class DC201Privileged : ComposeRule
{
    /// <inheritdoc />
    public override string Id => "DC201";

    /// <inheritdoc />
    public override ComposeSeverity Severity => ComposeSeverity.Error;

    /// <inheritdoc />
    public override string Title => "privileged container";

    /// <inheritdoc />
    public override string Rationale =>
        "A privileged container gets every capability, every host device and no seccomp or " +
        "AppArmor profile: a process that escapes the application owns the host.";

    /// <inheritdoc />
    public override string Fix =>
        "Remove privileged: true; add only the capabilities the process needs with cap_add " +
        "(after cap_drop: [ALL]) and pass single devices with devices:.";

    /// <inheritdoc />
    public override string BadExample => """
        services:
          agent:
            image: example/agent:1.4
            privileged: true
        """;

    /// <inheritdoc />
    public override string GoodExample => """
        services:
          agent:
            image: example/agent:1.4
            cap_drop: [ALL]
            cap_add: [NET_BIND_SERVICE]
        """;

    /// <inheritdoc />
    protected override IEnumerable<ComposeFinding> CheckService(ComposeService service)
    {
        if (service.Definition.Entry("privileged") is { } entry
            && service.Text("privileged") is "true" or "True")
            yield return Finding(entry.Key, service.Name,
                $"service '{service.Name}' runs privileged");
    }
}
