namespace DockerMastery.Integration.Tests.Harness;

/// <summary>How a test runs an image.</summary>
/// <param name="Image">Image tag or id.</param>
/// <param name="ContainerPort">The port the app listens on inside; published on 127.0.0.1 at a
/// port the daemon picks.</param>
/// <param name="Hardened">Run with <c>--read-only --cap-drop ALL</c> and
/// <c>no-new-privileges</c>, a tmpfs on /tmp, as tier 3 and above promise to support.</param>
/// <param name="HealthInterval">Overrides the HEALTHCHECK interval (never its command) so a
/// check with a 30 s interval and no start interval does not make the test wait 30 s.</param>
/// <param name="Init">Run with <c>--init</c>, as the generated run command says.</param>
public sealed record ContainerOptions(
    string Image,
    int ContainerPort,
    bool Hardened,
    TimeSpan? HealthInterval = null,
    bool Init = false);
