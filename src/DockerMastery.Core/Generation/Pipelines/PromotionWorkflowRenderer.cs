using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// <c>.github/workflows/promote.yml</c>: GitOps promotion of one digest through dev, staging
/// and prod. Each job runs in a GitHub environment (protect staging and prod with required
/// reviewers: those are the approval gates), verifies the signature and attestations of the
/// digest, points the environment's tag at it and commits the digest to
/// <c>deploy/ENV/image.env</c>, which the GitOps controller deploys. Nothing is rebuilt.
/// </summary>
internal static class PromotionWorkflowRenderer
{
    public const string Path = ".github/workflows/promote.yml";

    private static readonly string[] Environments = ["dev", "staging", "prod"];

    public static GeneratedFile Render(PipelinePlan plan)
    {
        var jobs = new YamlMap();
        string? previous = null;
        foreach (var environment in Environments)
        {
            jobs.Add(environment, Job(plan, environment, previous));
            previous = environment;
        }

        var root = new YamlMap()
            .Add("name", "promote")
            .Add("on", new YamlMap()
                .Add("workflow_dispatch", new YamlMap()
                    .Add("inputs", new YamlMap()
                        .Add("digest", new YamlMap()
                            .Add("description", "Image digest to promote (sha256:...), from the "
                                + "docker workflow")
                            .Add("required", true)
                            .Add("type", "string")))))
            .Add("permissions", new YamlMap())
            .Add("concurrency", new YamlMap()
                .Add("group", "promote")
                .Add("cancel-in-progress", false))
            .Add("env", new YamlMap()
                .Add("IMAGE_NAME", plan.Image)
                .Add("DIGEST", "${{ inputs.digest }}"))
            .Add("jobs", jobs);

        return new GeneratedFile(Path, YamlEmitter.Emit(root,
            [
                $"{plan.Project}: promote one signed digest dev -> staging -> prod.",
                "Approval gates: give the staging and prod environments required reviewers",
                "(Settings > Environments). Each step moves the same digest; nothing is rebuilt.",
            ]),
            "GitOps promotion by digest through dev, staging and prod with approval gates");
    }

    private static YamlMap Job(PipelinePlan plan, string environment, string? previous)
    {
        var steps = new YamlSeq()
            .Add(GitHubSteps.Run("Check the digest",
                "if [[ ! \"${DIGEST}\" =~ ^sha256:[a-f0-9]{64}$ ]]; then\n"
                + "  echo \"::error::digest must be sha256: followed by 64 hex digits\"\n"
                + "  exit 1\n"
                + "fi\n"))
            .Add(GitHubSteps.Uses(plan, "Check out", "actions/checkout"));
        foreach (var login in GitHubSteps.Login(plan, null))
            steps.Add(login);
        steps.Add(GitHubSteps.InstallCosign(plan));

        var verify = $"cosign verify {GitHubSteps.VerifyFlags(plan)} \\\n"
            + "  \"${IMAGE_NAME}@${DIGEST}\" > /dev/null\n";
        if (plan.Options.SupplyChain)
        {
            verify += GitHubWorkflowRenderer.VerifyAttestation(plan, "spdxjson")
                + GitHubWorkflowRenderer.ProvenanceCheck;
        }

        var verifyStep = GitHubSteps.Run("Verify signature and attestations", verify);
        if (plan.Signing == SigningMode.KeyPair)
            verifyStep.Add("env", GitHubSteps.CosignEnv(plan, signing: false));
        steps.Add(verifyStep);
        steps.Add(GitHubSteps.Run($"Point the {environment} tag at the digest",
                "docker buildx imagetools create --tag \"${IMAGE_NAME}:${ENVIRONMENT}\" "
                + "\"${IMAGE_NAME}@${DIGEST}\"\n")
            .Add("env", new YamlMap().Add("ENVIRONMENT", environment)));
        steps.Add(GitHubSteps.Run("Record the digest (GitOps)",
                "mkdir -p \"deploy/${ENVIRONMENT}\"\n"
                + "printf 'IMAGE=%s@%s\\n' \"${IMAGE_NAME}\" \"${DIGEST}\" > "
                + "\"deploy/${ENVIRONMENT}/image.env\"\n"
                + "git config user.name \"github-actions[bot]\"\n"
                + "git config user.email "
                + "\"41898282+github-actions[bot]@users.noreply.github.com\"\n"
                + "git add \"deploy/${ENVIRONMENT}/image.env\"\n"
                + "if git diff --cached --quiet; then\n"
                + "  echo \"${ENVIRONMENT} already runs ${DIGEST}\"\n"
                + "else\n"
                + "  git commit --message \"deploy(${ENVIRONMENT}): ${DIGEST}\"\n"
                + "  git pull --rebase\n"
                + "  git push\n"
                + "fi\n")
            .Add("env", new YamlMap().Add("ENVIRONMENT", environment)));

        var permissions = new YamlMap().Add("contents", "write", "commits deploy/ENV/image.env");
        if (plan.Registry.Kind == RegistryKind.Ghcr)
            permissions.Add("packages", "write");
        if (GitHubSteps.LoginNeedsOidc(plan.Registry.Kind))
            permissions.Add("id-token", "write");

        var job = new YamlMap().Add("name", $"Promote to {environment}");
        if (previous is not null)
            job.Add("needs", previous);
        return job
            .Add("runs-on", "ubuntu-latest")
            .Add("environment", environment)
            .Add("permissions", permissions)
            .Add("steps", steps);
    }
}
