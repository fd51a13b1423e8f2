using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Compose;

/// <summary>What <see cref="ComposeGenerator"/> produced.</summary>
/// <param name="Files">compose.yaml, compose.override.yaml, .env.example and the config files
/// the proxy and monitoring services mount.</param>
/// <param name="Assumptions">What the generator assumed about the app and the host.</param>
/// <param name="Review">The findings of the project's own review on the generated files
/// (compose.yaml alone, the override against it); empty for a clean stack.</param>
public sealed record ComposeStack(
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<ComposeFinding> Review);
