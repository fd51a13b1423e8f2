using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// <c>.gitlab-ci.yml</c>: lint → test stage → build → Trivy gate → push (registry cache,
/// tags, annotations; SBOM and max provenance at tier 4) → Cosign sign and verify, keyless
/// through GitLab's OIDC <c>id_tokens</c>.
/// </summary>
internal static class GitLabPipelineRenderer
{
    private const string Release = "$CI_COMMIT_TAG =~ /^v[0-9]+[.][0-9]+[.][0-9]+$/";
    private const string DefaultBranch = "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH";

    public static GeneratedFile Render(PipelinePlan plan)
    {
        var catalog = plan.Catalog;
        var root = new YamlMap()
            .Add("stages", plan.Options.SupplyChain
                ? YamlSeq.Of("lint", "test", "build", "scan", "publish", "sign", "promote")
                : YamlSeq.Of("lint", "test", "build", "scan", "publish", "sign"))
            .Add("workflow", new YamlMap().Add("rules", new YamlSeq()
                .Add(new YamlMap().Add("if", "$CI_PIPELINE_SOURCE == \"merge_request_event\""))
                .Add(new YamlMap().Add("if", DefaultBranch))
                .Add(new YamlMap().Add("if", Release))))
            .Add("variables", new YamlMap()
                .Add("IMAGE_NAME", plan.Image)
                .Add("DOCKERFILE", plan.Options.Dockerfile)
                .Add("BUILD_CONTEXT", plan.Options.Context)
                .Add("CACHE_REF", plan.Image + ":buildcache")
                .Add("DOCKER_TLS_CERTDIR", "/certs"))
            .Add(".docker", new YamlMap()
                .Add("image", catalog.Image("docker.cli").ToString())
                .Add("services", YamlSeq.Of(catalog.Image("docker.dind").ToString()))
                .Add("before_script", new YamlSeq()
                    .Add(YamlScalar.Block(Login(plan)))
                    .Add("docker buildx create --use --driver docker-container")))
            .Add("lint", Lint(plan))
            .Add("test", new YamlMap()
                .Add("extends", ".docker")
                .Add("stage", "test")
                .Add("script", new YamlSeq().Add(YamlScalar.Block(
                    $"docker buildx build --target {plan.Options.TestTarget} \\\n"
                    + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
                    + "  --file \"${DOCKERFILE}\" \"${BUILD_CONTEXT}\"\n"))))
            .Add("build", new YamlMap()
                .Add("extends", ".docker")
                .Add("stage", "build")
                .Add("script", new YamlSeq().Add(YamlScalar.Block(
                    "docker buildx build --load --tag \"scan:${CI_COMMIT_SHORT_SHA}\" \\\n"
                    + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
                    + "  --file \"${DOCKERFILE}\" \"${BUILD_CONTEXT}\"\n"
                    + "docker save --output image.tar \"scan:${CI_COMMIT_SHORT_SHA}\"\n")))
                .Add("artifacts", new YamlMap()
                    .Add("paths", YamlSeq.Of("image.tar"))
                    .Add("expire_in", "1 day")))
            .Add("scan", Scan(plan))
            .Add("publish", Publish(plan))
            .Add("sign", Sign(plan));
        if (plan.Options.SupplyChain)
        {
            string? previous = null;
            foreach (var environment in Environments)
            {
                root.Add($"promote-{environment}", Promote(plan, environment, previous));
                previous = environment;
            }
        }

        return new GeneratedFile(".gitlab-ci.yml", YamlEmitter.Emit(root,
            [
                $"{plan.Project}: lint, test, build, scan, push and sign the container image.",
                "CI/CD variables it reads are listed in SECURITY.md.",
            ]),
            "GitLab CI pipeline: lint, test, build, Trivy gate, push, Cosign signing");
    }

    private static string Login(PipelinePlan plan) =>
        plan.Registry.Kind == RegistryKind.Ecr
            ? "apk add --no-cache aws-cli\n" + ShellLogin.Script(plan)
            : ShellLogin.Script(plan);

    private static YamlMap Lint(PipelinePlan plan) => new YamlMap()
        .Add("stage", "lint")
        .Add("image", plan.Catalog.Image("dotnet.sdk").ToString())
        .Add("variables", new YamlMap()
            .Add("DOCKER_MASTERY_VERSION", plan.Catalog.Tool("docker-mastery")))
        .Add("script", new YamlSeq().Add(YamlScalar.Block(
            "dotnet tool install --tool-path .tools docker-mastery --version "
                + "\"${DOCKER_MASTERY_VERSION}\"\n"
            + ".tools/docker-mastery lint --format sarif \"${DOCKERFILE}\" > "
            + "dockerfile-lint.sarif\n")))
        .Add("artifacts", new YamlMap()
            .Add("when", "always")
            .Add("paths", YamlSeq.Of("dockerfile-lint.sarif"))
            .Add("expire_in", "1 week"));

    private static YamlMap Scan(PipelinePlan plan) => new YamlMap()
        .Add("stage", "scan")
        .Add("needs", YamlSeq.Of("build"))
        .Add("image", new YamlMap()
            .Add("name", plan.Catalog.Image("trivy").ToString())
            .Add("entrypoint", YamlSeq.Of("")))
        .Add("variables", new YamlMap().Add("TRIVY_CACHE_DIR", ".trivycache/"))
        .Add("script", new YamlSeq().Add(YamlScalar.Block(
            "trivy image --input image.tar --exit-code 0 --format template \\\n"
            + "  --template \"@/contrib/gitlab.tpl\" --output gl-container-scanning-report.json\n"
            + "trivy image --config trivy.yaml --input image.tar\n")))
        .Add("cache", new YamlMap().Add("paths", YamlSeq.Of(".trivycache/")))
        .Add("artifacts", new YamlMap()
            .Add("when", "always")
            .Add("reports", new YamlMap()
                .Add("container_scanning", "gl-container-scanning-report.json")));

    private static YamlSeq ReleaseRules() => new YamlSeq()
        .Add(new YamlMap().Add("if", DefaultBranch))
        .Add(new YamlMap().Add("if", Release));

    private static YamlMap Publish(PipelinePlan plan)
    {
        var script = "";
        if (plan.MultiArch)
            script += $"docker run --privileged --rm {plan.Catalog.Image("binfmt")} "
                + "--install all\n";
        script += "REF_IS_TAG=false\n"
            + "if [ -n \"${CI_COMMIT_TAG:-}\" ]; then REF_IS_TAG=true; fi\n"
            + ShellLogin.TagFlags
            + "# shellcheck disable=SC2086 # TAG_FLAGS holds several --tag flags\n"
            + "docker buildx build --push ${TAG_FLAGS} \\\n"
            + $"  --platform {string.Join(',', plan.Platforms)} \\\n"
            + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
            + "  --cache-to \"type=registry,ref=${CACHE_REF},mode=max\" \\\n"
            + $"  --annotation \"index,manifest:org.opencontainers.image.title={plan.Project}\" "
            + $"\\\n"
            + "  --annotation "
            + "\"index,manifest:org.opencontainers.image.revision=${CI_COMMIT_SHA}\" \\\n"
            + "  --annotation "
            + "\"index,manifest:org.opencontainers.image.source=${CI_PROJECT_URL}\" \\\n";
        if (plan.Options.SupplyChain)
            script += "  --provenance=mode=max --sbom=true \\\n";
        script += "  --metadata-file build-metadata.json \\\n"
            + "  --file \"${DOCKERFILE}\" \"${BUILD_CONTEXT}\"\n"
            + "digest=$(sed -n 's/.*\"containerimage.digest\": *\"\\([^\"]*\\)\".*/\\1/p' "
            + "build-metadata.json)\n"
            + "echo \"IMAGE_DIGEST=${digest}\" > publish.env\n";

        return new YamlMap()
            .Add("extends", ".docker")
            .Add("stage", "publish")
            .Add("needs", YamlSeq.Of("test", "scan"))
            .Add("rules", ReleaseRules())
            .Add("variables", new YamlMap()
                .Add("REF_NAME", "$CI_COMMIT_REF_NAME")
                .Add("COMMIT_SHA", "$CI_COMMIT_SHA"))
            .Add("script", new YamlSeq().Add(YamlScalar.Block(script)))
            .Add("artifacts", new YamlMap()
                .Add("reports", new YamlMap().Add("dotenv", "publish.env")));
    }

    private static readonly string[] Environments = ["dev", "staging", "prod"];

    // The cosign image is distroless (no shell for a job image); its static binary is
    // copied out through the dind daemon into the docker:cli job container.
    private static string InstallCosign(PipelinePlan plan) =>
        $"docker create --name cosign-bin {plan.Catalog.Image("cosign")}\n"
        + "docker cp cosign-bin:/ko-app/cosign /usr/local/bin/cosign\n"
        + "docker rm cosign-bin\n";

    /// <summary>Promotion by digest: the signed digest from <c>publish</c> gets the
    /// environment's tag. Staging and prod wait for a person (<c>when: manual</c>); make
    /// them protected environments with required approvals to gate who may run them.</summary>
    private static YamlMap Promote(PipelinePlan plan, string environment, string? previous)
    {
        var (issuer, identity) = SigningFilesRenderer.KeylessIdentity(plan);
        var verify = plan.Signing == SigningMode.Keyless
            ? $"--certificate-oidc-issuer \"{issuer}\" \\\n"
              + $"  --certificate-identity-regexp '{identity}'"
            : "--key env://COSIGN_PUBLIC_KEY";
        var script = InstallCosign(plan)
            + $"cosign verify {verify} \\\n  \"${{IMAGE_NAME}}@${{IMAGE_DIGEST}}\" > /dev/null\n"
            + "docker buildx imagetools create --tag \"${IMAGE_NAME}:${ENVIRONMENT}\" \\\n"
            + "  \"${IMAGE_NAME}@${IMAGE_DIGEST}\"\n";

        var needs = new YamlSeq()
            .Add(new YamlMap().Add("job", "publish").Add("artifacts", true))
            .Add(previous is null ? "sign" : $"promote-{previous}");
        var rule = new YamlMap().Add("if", DefaultBranch + " || " + Release);
        if (previous is not null)
            rule.Add("when", "manual");

        return new YamlMap()
            .Add("extends", ".docker")
            .Add("stage", "promote")
            .Add("needs", needs)
            .Add("rules", new YamlSeq().Add(rule))
            .Add("environment", new YamlMap()
                .Add("name", environment)
                .Add("deployment_tier", environment switch
                {
                    "dev" => "development",
                    "staging" => "staging",
                    _ => "production",
                }))
            .Add("variables", new YamlMap().Add("ENVIRONMENT", environment))
            .Add("script", new YamlSeq().Add(YamlScalar.Block(script)));
    }

    private static YamlMap Sign(PipelinePlan plan)
    {
        var (issuer, identity) = SigningFilesRenderer.KeylessIdentity(plan);
        var keyless = plan.Signing == SigningMode.Keyless;
        var signFlags = keyless ? "--yes" : "--yes --key env://COSIGN_PRIVATE_KEY";
        var verifyFlags = keyless
            ? $"--certificate-oidc-issuer \"{issuer}\" \\\n  --certificate-identity-regexp "
                + $"'{identity}'"
            : "--key env://COSIGN_PUBLIC_KEY";

        var script = InstallCosign(plan)
            + $"cosign sign {signFlags} \"${{IMAGE_NAME}}@${{IMAGE_DIGEST}}\"\n"
            + $"cosign verify {verifyFlags} \\\n  \"${{IMAGE_NAME}}@${{IMAGE_DIGEST}}\" > "
            + $"/dev/null\n";
        if (plan.Options.SupplyChain)
        {
            script += $"docker create --name syft-bin {plan.Catalog.Image("syft")}\n"
                + "docker cp syft-bin:/syft /usr/local/bin/syft\n"
                + "docker rm syft-bin\n"
                + "apk add --no-cache jq\n"
                + "syft \"${IMAGE_NAME}@${IMAGE_DIGEST}\" --config .syft.yaml\n"
                + $"cosign attest {signFlags} --type spdxjson --predicate sbom.spdx.json \\\n"
                + "  \"${IMAGE_NAME}@${IMAGE_DIGEST}\"\n"
                + $"cosign attest {signFlags} --type cyclonedx --predicate sbom.cdx.json \\\n"
                + "  \"${IMAGE_NAME}@${IMAGE_DIGEST}\"\n"
                + $"cosign verify-attestation --type spdxjson {verifyFlags} \\\n"
                + "  \"${IMAGE_NAME}@${IMAGE_DIGEST}\" > /dev/null\n"
                + "DIGEST=\"${IMAGE_DIGEST}\"\n"
                + GitHubWorkflowRenderer.ProvenanceCheck;
        }

        var job = new YamlMap()
            .Add("extends", ".docker")
            .Add("stage", "sign")
            .Add("needs", YamlSeq.Of("publish"))
            .Add("rules", ReleaseRules());
        if (keyless)
        {
            job.Add("id_tokens", new YamlMap()
                .Add("SIGSTORE_ID_TOKEN", new YamlMap().Add("aud", "sigstore")));
        }

        job.Add("script", new YamlSeq().Add(YamlScalar.Block(script)));
        if (plan.Options.SupplyChain)
        {
            job.Add("artifacts", new YamlMap()
                .Add("paths", YamlSeq.Of("sbom.spdx.json", "sbom.cdx.json", "provenance.json")));
        }

        return job;
    }
}
