using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// The GitHub Actions pipeline: lint (SARIF) → test stage → build → Trivy gate → push with
/// tags → Cosign sign and verify; at tier 4 also SBOMs (SPDX, CycloneDX), max-mode provenance
/// and their verification.
/// </summary>
internal static class GitHubWorkflowRenderer
{
    public const string FileName = "docker.yml";
    public const string Path = ".github/workflows/" + FileName;

    private const string NotPullRequest = "github.event_name != 'pull_request'";
    private const string Cache = "type=gha";
    private const string CacheTo = "type=gha,mode=max";

    public static GeneratedFile Render(PipelinePlan plan)
    {
        var branch = plan.Options.DefaultBranch;
        var root = new YamlMap()
            .Add("name", "docker")
            .Add("on", new YamlMap()
                .Add("push", new YamlMap()
                    .Add("branches", YamlSeq.Of(branch))
                    .Add("tags", YamlSeq.Of("v*.*.*")))
                .Add("pull_request", new YamlMap().Add("branches", YamlSeq.Of(branch))))
            .Add("permissions", new YamlMap(), "nothing by default; each job asks for its own")
            .Add("concurrency", new YamlMap()
                .Add("group", "docker-${{ github.ref }}")
                .Add("cancel-in-progress", "${{ github.event_name == 'pull_request' }}"))
            .Add("env", new YamlMap()
                .Add("IMAGE_NAME", plan.Image)
                .Add("DOCKERFILE", plan.Options.Dockerfile)
                .Add("BUILD_CONTEXT", plan.Options.Context)
                .Add("SCAN_IMAGE", $"local/{plan.Project}:scan"))
            .Add("jobs", new YamlMap()
                .Add("lint", LintJob(plan))
                .Add("build", BuildJob(plan)));

        var header = new[]
        {
            $"{plan.Project}: lint, test, build, scan, sign and push the container image.",
            "Actions are pinned by full commit SHA; the release is in the trailing comment.",
            "Secrets and variables it reads are listed in SECURITY.md.",
        };
        return new GeneratedFile(Path, YamlEmitter.Emit(root, header),
            "GitHub Actions pipeline: lint, test, build, Trivy gate, push, Cosign signing");
    }

    private static YamlMap LintJob(PipelinePlan plan)
    {
        var steps = new YamlSeq()
            .Add(GitHubSteps.Checkout(plan))
            .Add(GitHubSteps.Uses(plan, "Set up .NET", "actions/setup-dotnet")
                .Add("with", new YamlMap()
                    .Add("dotnet-version", plan.Catalog.Runtime("dotnet") + ".x")))
            .Add(GitHubSteps.Run("Install docker-mastery",
                    "dotnet tool install --tool-path .tools docker-mastery \\\n"
                    + "  --version \"${DOCKER_MASTERY_VERSION}\"\n")
                .Add("env", new YamlMap()
                    .Add("DOCKER_MASTERY_VERSION", plan.Catalog.Tool("docker-mastery"))))
            .Add(GitHubSteps.Run("Lint the Dockerfile",
                    ".tools/docker-mastery lint --format sarif \"${DOCKERFILE}\" \\\n"
                    + "  > dockerfile-lint.sarif\n",
                    "lint")
                .Add("continue-on-error", true))
            .Add(GitHubSteps.Uses(plan, "Upload lint results", "github/codeql-action/upload-sarif")
                .Add("if", "always()")
                .Add("with", new YamlMap()
                    .Add("sarif_file", "dockerfile-lint.sarif")
                    .Add("category", "dockerfile-lint")))
            .Add(GitHubSteps.Run("Fail on lint findings",
                    "echo \"::error::docker-mastery lint reported findings (see code scanning)\"\n"
                    + "exit 1\n")
                .Add("if", "steps.lint.outcome == 'failure'"));

        return new YamlMap()
            .Add("name", "Lint Dockerfile")
            .Add("runs-on", "ubuntu-latest")
            .Add("permissions", new YamlMap()
                .Add("contents", "read")
                .Add("security-events", "write"))
            .Add("steps", steps);
    }

    private static YamlMap BuildJob(PipelinePlan plan)
    {
        var steps = new YamlSeq().Add(GitHubSteps.Checkout(plan));
        if (plan.MultiArch)
        {
            steps.Add(GitHubSteps.Uses(plan, "Set up QEMU", "docker/setup-qemu-action")
                .Add("with", new YamlMap().Add("platforms", string.Join(',', plan.Platforms))));
        }

        steps.Add(GitHubSteps.Uses(plan, "Set up Buildx", "docker/setup-buildx-action"));
        steps.Add(Metadata(plan));
        steps.Add(Build(plan, "Run the tests (test stage)", null)
            .Add("target", plan.Options.TestTarget)
            .Add("push", false)
            .Add("cache-from", Cache)
            .Add("cache-to", CacheTo)
            .ToStep(plan));
        steps.Add(Build(plan, "Build the image for scanning", null)
            .Add("load", true)
            .Add("push", false)
            .Add("tags", "${{ env.SCAN_IMAGE }}")
            .Add("cache-from", Cache)
            .ToStep(plan));
        steps.Add(GitHubSteps.Uses(
                plan, "Scan with Trivy (severity gate)", "aquasecurity/trivy-action")
            .Add("with", new YamlMap()
                .Add("image-ref", "${{ env.SCAN_IMAGE }}")
                .Add("version", plan.ToolTag("trivy"))
                .Add("trivy-config", "trivy.yaml")
                .Add("trivyignores", ".trivyignore")
                .Add("severity", plan.Severity)
                .Add("ignore-unfixed", true)
                .Add("exit-code", "1")
                .Add("format", "sarif")
                .Add("output", "trivy-results.sarif")
                .Add("limit-severities-for-sarif", true)));
        steps.Add(GitHubSteps.Uses(plan, "Upload scan results", "github/codeql-action/upload-sarif")
            .Add("if", "always() && hashFiles('trivy-results.sarif') != ''")
            .Add("with", new YamlMap()
                .Add("sarif_file", "trivy-results.sarif")
                .Add("category", "trivy")));

        foreach (var login in GitHubSteps.Login(plan, NotPullRequest))
            steps.Add(login);

        var push = Build(plan, "Build and push", "push")
            .Add("push", true)
            .Add("platforms", string.Join(',', plan.Platforms))
            .Add("tags", "${{ steps.meta.outputs.tags }}")
            .Add("labels", "${{ steps.meta.outputs.labels }}")
            .Add("annotations", "${{ steps.meta.outputs.annotations }}")
            .Add("cache-from", Cache)
            .Add("cache-to", CacheTo);
        if (plan.Options.SupplyChain)
            push.Add("provenance", "mode=max").Add("sbom", true);
        steps.Add(GitHubSteps.When(push.ToStep(plan), NotPullRequest));

        steps.Add(GitHubSteps.When(GitHubSteps.InstallCosign(plan), NotPullRequest));
        steps.Add(GitHubSteps.When(GitHubSteps.Run("Sign the image",
                    $"cosign sign {GitHubSteps.SignFlags(plan)} \"${{IMAGE_NAME}}@${{DIGEST}}\"\n")
                .Add("env", DigestEnv(GitHubSteps.CosignEnv(plan, signing: true))),
            NotPullRequest));
        steps.Add(GitHubSteps.When(GitHubSteps.Run("Verify the signature",
                    $"cosign verify {GitHubSteps.VerifyFlags(plan)} \\\n"
                    + "  \"${IMAGE_NAME}@${DIGEST}\" > /dev/null\n")
                .Add("env", DigestEnv(GitHubSteps.CosignEnv(plan, signing: false))),
            NotPullRequest));

        if (plan.Options.SupplyChain)
        {
            foreach (var step in SupplyChainSteps(plan))
                steps.Add(GitHubSteps.When(step, NotPullRequest));
        }

        var permissions = new YamlMap()
            .Add("contents", "read")
            .Add("security-events", "write");
        if (plan.Registry.Kind == RegistryKind.Ghcr)
            permissions.Add("packages", "write");
        if (plan.Signing == SigningMode.Keyless || GitHubSteps.LoginNeedsOidc(plan.Registry.Kind))
            permissions.Add("id-token", "write", "OIDC token for keyless signing and cloud login");

        return new YamlMap()
            .Add("name", "Build, test, scan, sign, push")
            .Add("needs", "lint")
            .Add("runs-on", "ubuntu-latest")
            .Add("permissions", permissions)
            .Add("outputs", new YamlMap().Add("digest", "${{ steps.push.outputs.digest }}"))
            .Add("steps", steps);
    }

    private static IEnumerable<YamlMap> SupplyChainSteps(PipelinePlan plan)
    {
        foreach (var (format, file) in new[]
                 {
                     ("spdx-json", "sbom.spdx.json"),
                     ("cyclonedx-json", "sbom.cdx.json"),
                 })
        {
            yield return GitHubSteps.Uses(plan, $"SBOM ({format}, syft)", "anchore/sbom-action")
                .Add("with", new YamlMap()
                    .Add("image", "${{ env.IMAGE_NAME }}@${{ steps.push.outputs.digest }}")
                    .Add("syft-version", plan.ToolTag("syft"))
                    .Add("format", format)
                    .Add("output-file", file)
                    .Add("upload-artifact", true));
        }

        yield return GitHubSteps.Run("Attest the SBOMs",
                $"cosign attest {GitHubSteps.SignFlags(plan)} --type spdxjson --predicate "
                    + $"sbom.spdx.json \\\n"
                + "  \"${IMAGE_NAME}@${DIGEST}\"\n"
                + $"cosign attest {GitHubSteps.SignFlags(plan)} --type cyclonedx --predicate "
                + $"sbom.cdx.json \\\n"
                + "  \"${IMAGE_NAME}@${DIGEST}\"\n")
            .Add("env", DigestEnv(GitHubSteps.CosignEnv(plan, signing: true)));

        yield return GitHubSteps.Run("Verify provenance and SBOM attestations",
                ProvenanceCheck
                + VerifyAttestation(plan, "spdxjson")
                + VerifyAttestation(plan, "cyclonedx"))
            .Add("env", DigestEnv(GitHubSteps.CosignEnv(plan, signing: false)));
    }

    /// <summary>Shell that fails unless BuildKit attached SLSA provenance with resolved
    /// materials and an SPDX SBOM to every platform of the pushed index.</summary>
    public const string ProvenanceCheck =
        "ref=\"${IMAGE_NAME}@${DIGEST}\"\n"
        + "docker buildx imagetools inspect \"$ref\" --format '{{ json .Provenance }}' > "
        + "provenance.json\n"
        + "jq -e 'if has(\"SLSA\") then [.SLSA] else [.[].SLSA] end\n"
        + "  | all(. != null and (.buildType // .buildDefinition.buildType) != null\n"
        + "        and ((.materials // .buildDefinition.resolvedDependencies) | length > 0))' \\\n"
        + "  provenance.json > /dev/null\n"
        + "docker buildx imagetools inspect \"$ref\" --format '{{ json .SBOM }}' > "
        + "buildkit-sbom.json\n"
        + "jq -e 'if has(\"SPDX\") then [.SPDX] else [.[].SPDX] end\n"
        + "  | all(. != null and .spdxVersion != null)' buildkit-sbom.json > /dev/null\n";

    /// <summary>Shell that verifies one signed attestation type of the pushed digest.</summary>
    public static string VerifyAttestation(PipelinePlan plan, string type) =>
        $"cosign verify-attestation --type {type} \\\n"
        + $"  {GitHubSteps.VerifyFlags(plan)} \\\n"
        + "  \"${IMAGE_NAME}@${DIGEST}\" > /dev/null\n";

    private static YamlMap DigestEnv(YamlMap env)
    {
        var withDigest = new YamlMap().Add("DIGEST", "${{ steps.push.outputs.digest }}");
        withDigest.Entries.AddRange(env.Entries);
        return withDigest;
    }

    private static YamlMap Metadata(PipelinePlan plan) =>
        GitHubSteps.Uses(plan, "Image tags and OCI labels", "docker/metadata-action", "meta")
            .Add("env", new YamlMap()
                .Add("DOCKER_METADATA_ANNOTATIONS_LEVELS", "manifest,index"))
            .Add("with", new YamlMap()
                .Add("images", "${{ env.IMAGE_NAME }}")
                .Block("tags",
                    "type=semver,pattern={{version}}\n"
                    + "type=semver,pattern={{major}}.{{minor}}\n"
                    + "type=ref,event=branch\n"
                    + "type=ref,event=pr\n"
                    + "type=sha,format=long\n"));

    private static BuildStep Build(PipelinePlan plan, string name, string? id) => new(name, id)
    {
        With = new YamlMap()
            .Add("context", "${{ env.BUILD_CONTEXT }}")
            .Add("file", "${{ env.DOCKERFILE }}"),
    };

    private sealed class BuildStep(string name, string? id)
    {
        public required YamlMap With { get; init; }

        public BuildStep Add(string key, string value)
        {
            With.Add(key, value);
            return this;
        }

        public BuildStep Add(string key, bool value)
        {
            With.Add(key, value);
            return this;
        }

        public YamlMap ToStep(PipelinePlan plan) =>
            GitHubSteps.Uses(plan, name, "docker/build-push-action", id).Add("with", With);
    }
}
