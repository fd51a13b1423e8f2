using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>The signing configuration (a Sigstore policy-controller
/// <c>ClusterImagePolicy</c> that admits only this pipeline's signatures) and
/// <c>SECURITY.md</c>, which tells a consumer how to verify an image.</summary>
internal static class SigningFilesRenderer
{
    private const string ProvenanceFormat = "'{{ json .Provenance }}'";

    public static IEnumerable<GeneratedFile> Render(PipelinePlan plan)
    {
        yield return Policy(plan);
        yield return SecurityNote(plan);
    }

    /// <summary>The OIDC issuer and the certificate identity (as a regular expression) of
    /// keyless signatures made by the plan's CI.</summary>
    public static (string Issuer, string Identity) KeylessIdentity(PipelinePlan plan)
    {
        var source = plan.SourceRepository.Replace(".", "\\.", StringComparison.Ordinal);
        var branch = plan.Options.DefaultBranch.Replace(".", "\\.", StringComparison.Ordinal);
        return plan.Options.Ci == CiPlatform.GitLab
            ? ("https://gitlab.com",
                $"^https://gitlab\\.com/{source}//\\.gitlab-ci\\.yml"
                + $"@refs/(heads/{branch}|tags/v.+)$")
            : (GitHubSteps.OidcIssuer,
                $"^https://github\\.com/{source}/\\.github/workflows/"
                + $"{GitHubWorkflowRenderer.FileName.Replace(".", "\\.", StringComparison.Ordinal)}"
                + $"@refs/(heads/{branch}|tags/v.+)$");
    }

    private static GeneratedFile Policy(PipelinePlan plan)
    {
        var authority = new YamlMap();
        if (plan.Signing == SigningMode.Keyless)
        {
            var (issuer, identity) = KeylessIdentity(plan);
            authority.Add("keyless", new YamlMap()
                .Add("url", "https://fulcio.sigstore.dev")
                .Add("identities", new YamlSeq().Add(new YamlMap()
                    .Add("issuer", issuer)
                    .Add("subjectRegExp", identity))))
                .Add("ctlog", new YamlMap().Add("url", "https://rekor.sigstore.dev"));
        }
        else
        {
            authority.Add("key", new YamlMap()
                .Add("secretRef", new YamlMap().Add("name", $"{plan.Project}-cosign-public-key")));
        }

        var policy = new YamlMap()
            .Add("apiVersion", "policy.sigstore.dev/v1beta1")
            .Add("kind", "ClusterImagePolicy")
            .Add("metadata", new YamlMap().Add("name", $"{plan.Project}-signed"))
            .Add("spec", new YamlMap()
                .Add("images", new YamlSeq().Add(new YamlMap().Add("glob", plan.Image + "**")))
                .Add("authorities", new YamlSeq().Add(authority)));

        return new GeneratedFile("cosign/cluster-image-policy.yaml", YamlEmitter.Emit(policy,
            [
                "Sigstore policy-controller: admit this image only when it carries a signature",
                plan.Signing == SigningMode.Keyless
                    ? "made by this project's pipeline (keyless, Fulcio certificate, Rekor entry)."
                    : "from the project's Cosign key (public key in the named Secret).",
            ]),
            "Cosign signing policy for Kubernetes admission (policy-controller)");
    }

    private static GeneratedFile SecurityNote(PipelinePlan plan)
    {
        var verify = plan.Signing == SigningMode.Keyless
            ? $"cosign verify \\\n  --certificate-oidc-issuer {KeylessIdentity(plan).Issuer} \\\n"
              + $"  --certificate-identity-regexp '{KeylessIdentity(plan).Identity}' \\\n"
              + $"  {plan.Image}@sha256:DIGEST"
            : $"cosign verify --key cosign.pub {plan.Image}@sha256:DIGEST";
        var flags = plan.Signing == SigningMode.Keyless
            ? $"--certificate-oidc-issuer {KeylessIdentity(plan).Issuer} \\\n"
              + $"  --certificate-identity-regexp '{KeylessIdentity(plan).Identity}'"
            : "--key cosign.pub";

        var text = $"""
            # Security

            ## Verifying {plan.Project} images

            Every image pushed by the pipeline is scanned with Trivy (the build fails on
            {plan.Severity} findings that have a fix, see `trivy.yaml` and `.trivyignore`)
            and signed with Cosign {plan.ToolTag("cosign")}. Pull by digest, and verify
            before you deploy:

            ```sh
            {verify}
            ```

            """ + "\n";

        text += plan.Signing == SigningMode.Keyless
            ? """
              Signing is keyless: the pipeline's OIDC token gets a short-lived certificate from
              Sigstore's Fulcio and the signature is logged in the Rekor transparency log. The
              identity check above accepts signatures from this repository's pipeline on the
              default branch or a release tag, and nothing else.

              Key-pair alternative (no public-good Sigstore, air-gapped clusters): generate a
              key with `cosign generate-key-pair`, store `cosign.key` and its password as CI
              secrets (`COSIGN_PRIVATE_KEY`, `COSIGN_PASSWORD`), publish `cosign.pub`
              (`COSIGN_PUBLIC_KEY`), and regenerate the pipeline with key-pair signing.

              """ + "\n"
            : """
              Signing uses a Cosign key pair. The private key and its password are CI secrets
              (`COSIGN_PRIVATE_KEY`, `COSIGN_PASSWORD`); the public key (`COSIGN_PUBLIC_KEY`,
              `cosign.pub`) is what consumers verify against. Rotate by generating a new pair,
              re-signing current releases and publishing the new public key.

              """ + "\n";

        if (plan.Options.SupplyChain)
        {
            text += $"""
                ## SBOM and provenance

                Each release carries SPDX and CycloneDX SBOMs (syft) as signed attestations,
                and BuildKit's SLSA provenance (`mode=max`) and SPDX SBOM in the image index:

                ```sh
                cosign verify-attestation --type spdxjson \
                  {flags} \
                  {plan.Image}@sha256:DIGEST
                cosign verify-attestation --type cyclonedx \
                  {flags} \
                  {plan.Image}@sha256:DIGEST
                docker buildx imagetools inspect {plan.Image}@sha256:DIGEST \
                  --format {ProvenanceFormat}
                ```

                Promotion (dev, staging, prod) moves the same digest between environments;
                nothing is rebuilt after the signature is made.

                """ + "\n";
        }

        text += $"""
            ## Admission policy

            `cosign/cluster-image-policy.yaml` is a Sigstore policy-controller
            `ClusterImagePolicy`: label a namespace with
            `policy.sigstore.dev/include=true` and unsigned or foreign-signed images of
            `{plan.Image}` are refused.

            ## Secrets and variables the pipeline reads

            {string.Join("\n", CiSecrets(plan).Select(line => "- " + line))}

            ## Reporting a vulnerability

            Report privately through the repository's security advisory form rather than a
            public issue. Include the image digest and the steps to reproduce.
            """;

        return new GeneratedFile("SECURITY.md", text.TrimEnd() + "\n",
            "How to verify images: signatures, SBOMs, provenance, admission policy");
    }

    private static IEnumerable<string> CiSecrets(PipelinePlan plan)
    {
        var github = plan.Options.Ci == CiPlatform.GitHub;
        yield return plan.Registry.Kind switch
        {
            RegistryKind.DockerHub => github
                ? "`DOCKERHUB_USERNAME` (variable), `DOCKERHUB_TOKEN` (secret, access token)"
                : "`REGISTRY_USER`, `REGISTRY_PASSWORD`: a Docker Hub access token",
            RegistryKind.Ghcr => github
                ? "`GITHUB_TOKEN` with `packages: write` (given by the workflow)"
                : "`REGISTRY_USER`, `REGISTRY_PASSWORD`: a token with `write:packages`",
            RegistryKind.Ecr => github
                ? "`AWS_ROLE_ARN` (variable): a role trusting GitHub's OIDC provider, allowed "
                  + "to push to the repository"
                : "AWS credentials allowed to push (the job runs `aws ecr get-login-password`)",
            RegistryKind.Gcr => github
                ? "`GCP_WORKLOAD_IDENTITY_PROVIDER`, `GCP_SERVICE_ACCOUNT` (variables): workload "
                  + "identity federation with `roles/artifactregistry.writer`"
                : "`REGISTRY_PASSWORD`: a service account JSON key with "
                  + "`roles/artifactregistry.writer` (user `_json_key`)",
            RegistryKind.Acr => github
                ? "`AZURE_CLIENT_ID`, `AZURE_TENANT_ID`, `AZURE_SUBSCRIPTION_ID` (variables): a "
                  + "federated credential with `AcrPush`"
                : "`REGISTRY_USER`, `REGISTRY_PASSWORD`: a service principal with `AcrPush`",
            RegistryKind.Harbor => github
                ? "`HARBOR_ROBOT_NAME` (variable), `HARBOR_ROBOT_SECRET` (secret): a project "
                  + "robot account with push and pull"
                : "`REGISTRY_USER`, `REGISTRY_PASSWORD`: a Harbor project robot account",
            _ => "registry credentials",
        };
        if (plan.Signing == SigningMode.KeyPair)
            yield return "`COSIGN_PRIVATE_KEY`, `COSIGN_PASSWORD` (secrets), `COSIGN_PUBLIC_KEY`";
        else
            yield return "no signing secret: keyless signing uses the pipeline's OIDC token";
    }
}
