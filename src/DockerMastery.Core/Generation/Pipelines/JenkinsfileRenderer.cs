using System.Text;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// A declarative <c>Jenkinsfile</c>: lint → test stage → build → Trivy gate → push (branch
/// or release tag only) → Cosign sign and verify with a key pair (Jenkins has no OIDC issuer
/// that Fulcio trusts). Tools run as the catalog's container images, so the agent needs only
/// Docker with buildx. All shell is in single-quoted Groovy strings: Groovy interpolates
/// nothing, the shell reads the environment.
/// </summary>
internal static class JenkinsfileRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var catalog = plan.Catalog;
        var text = new StringBuilder()
            .Append("// ").Append(plan.Project)
            .Append(": lint, test, build, scan, push and sign the container image.\n")
            .Append("// Credentials: 'registry' (username/password), 'cosign-key' (file), ")
            .Append("'cosign-password' (text), 'cosign-public-key' (file).\n")
            .Append("pipeline {\n")
            .Append("  agent any\n")
            .Append("  options {\n")
            .Append("    disableConcurrentBuilds()\n")
            .Append("    buildDiscarder(logRotator(numToKeepStr: '30'))\n")
            .Append("  }\n")
            .Append("  environment {\n");
        foreach (var (name, value) in new[]
                 {
                     ("IMAGE_NAME", plan.Image),
                     ("REGISTRY_HOST", plan.Registry.Host),
                     ("DOCKERFILE", plan.Options.Dockerfile),
                     ("BUILD_CONTEXT", plan.Options.Context),
                     ("CACHE_REF", plan.Image + ":buildcache"),
                     ("SCAN_IMAGE", $"local/{plan.Project}:scan"),
                     ("DOTNET_SDK_IMAGE", catalog.Image("dotnet.sdk").ToString()),
                     ("DOCKER_MASTERY_VERSION", catalog.Tool("docker-mastery")),
                     ("TRIVY_IMAGE", catalog.Image("trivy").ToString()),
                     ("COSIGN_IMAGE", catalog.Image("cosign").ToString()),
                     ("SYFT_IMAGE", catalog.Image("syft").ToString()),
                 })
        {
            text.Append("    ").Append(name).Append(" = ").Append(Quote(value)).Append('\n');
        }

        text.Append("  }\n  stages {\n");
        Stage(text, "Lint",
            "docker run --rm -v \"$PWD:/src:ro\" -w /src \"$DOTNET_SDK_IMAGE\" sh -c \\\n"
            + "  'dotnet tool install --tool-path /tmp/tools docker-mastery --version \"$0\" "
            + ">&2 &&\n"
            + "   /tmp/tools/docker-mastery lint --format sarif \"$1\"' \\\n"
            + "  \"$DOCKER_MASTERY_VERSION\" \"$DOCKERFILE\" > dockerfile-lint.sarif\n",
            post: "archiveArtifacts artifacts: 'dockerfile-lint.sarif', allowEmptyArchive: true");
        text.Append("    stage('Log in') {\n      steps {\n")
            .Append("        withCredentials([usernamePassword(credentialsId: 'registry', ")
            .Append("usernameVariable: 'REGISTRY_USER', passwordVariable: "
                + "'REGISTRY_PASSWORD')]) {\n")
            .Append(Shell(ShellLogin.Script(plan), 10))
            .Append("        }\n      }\n    }\n");
        Stage(text, "Test",
            "builder_name() { printf 'ci-%s' \"$(printf %s \"$BUILD_TAG\" | tr -c "
                + "'A-Za-z0-9_.-' '-')\"; }\n"
            + "docker buildx create --use --name \"$(builder_name)\" --driver docker-container\n"
            + $"docker buildx build --target {plan.Options.TestTarget} \\\n"
            + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
            + "  --file \"$DOCKERFILE\" \"$BUILD_CONTEXT\"\n");
        Stage(text, "Build",
            "docker buildx build --load --tag \"$SCAN_IMAGE\" \\\n"
            + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
            + "  --file \"$DOCKERFILE\" \"$BUILD_CONTEXT\"\n");
        Stage(text, "Scan",
            "docker run --rm -v /var/run/docker.sock:/var/run/docker.sock:ro \\\n"
            + "  -v \"$PWD:/src:ro\" -w /src \"$TRIVY_IMAGE\" \\\n"
            + "  image --config trivy.yaml \"$SCAN_IMAGE\"\n");

        var push = "";
        if (plan.MultiArch)
            push += $"docker run --privileged --rm {catalog.Image("binfmt")} --install all\n";
        push += "REF_NAME=\"${TAG_NAME:-$BRANCH_NAME}\"\n"
            + "REF_IS_TAG=false\n"
            + "if [ -n \"${TAG_NAME:-}\" ]; then REF_IS_TAG=true; fi\n"
            + "COMMIT_SHA=\"$GIT_COMMIT\"\n"
            + ShellLogin.TagFlags
            + "# shellcheck disable=SC2086 # TAG_FLAGS holds several --tag flags\n"
            + "docker buildx build --push $TAG_FLAGS \\\n"
            + $"  --platform {string.Join(',', plan.Platforms)} \\\n"
            + "  --cache-from \"type=registry,ref=${CACHE_REF}\" \\\n"
            + "  --cache-to \"type=registry,ref=${CACHE_REF},mode=max\" \\\n"
            + $"  --annotation \"index,manifest:org.opencontainers.image.title={plan.Project}\" "
            + $"\\\n"
            + "  --annotation "
            + "\"index,manifest:org.opencontainers.image.revision=${GIT_COMMIT}\" \\\n";
        if (plan.Options.SupplyChain)
            push += "  --provenance=mode=max --sbom=true \\\n";
        push += "  --metadata-file build-metadata.json \\\n"
            + "  --file \"$DOCKERFILE\" \"$BUILD_CONTEXT\"\n"
            + "sed -n 's/.*\"containerimage.digest\": *\"\\([^\"]*\\)\".*/\\1/p' "
            + "build-metadata.json > image.digest\n";
        Stage(text, "Push", push, release: plan.Options.DefaultBranch);

        var cosign = "cosign_run() {\n"
            + "  docker run --rm -v \"$HOME/.docker:/docker:ro\" -e DOCKER_CONFIG=/docker \\\n"
            + "    -v \"$COSIGN_KEY_FILE:/keys/cosign.key:ro\" -v "
            + "\"$COSIGN_PUB_FILE:/keys/cosign.pub:ro\" \\\n"
            + "    -v \"$PWD:/work\" -w /work -e COSIGN_PASSWORD \"$COSIGN_IMAGE\" \"$@\"\n"
            + "}\n"
            + "ref=\"${IMAGE_NAME}@$(cat image.digest)\"\n"
            + "cosign_run sign --yes --key /keys/cosign.key \"$ref\"\n"
            + "cosign_run verify --key /keys/cosign.pub \"$ref\" > /dev/null\n";
        if (plan.Options.SupplyChain)
        {
            cosign += "docker run --rm -v \"$HOME/.docker:/docker:ro\" -e DOCKER_CONFIG=/docker "
                + "\\\n"
                + "  -v \"$PWD:/work\" -w /work \"$SYFT_IMAGE\" \"$ref\" --config .syft.yaml\n"
                + "cosign_run attest --yes --key /keys/cosign.key --type spdxjson "
                + "--predicate sbom.spdx.json \"$ref\"\n"
                + "cosign_run attest --yes --key /keys/cosign.key --type cyclonedx "
                + "--predicate sbom.cdx.json \"$ref\"\n"
                + "cosign_run verify-attestation --key /keys/cosign.pub --type spdxjson "
                + "\"$ref\" > /dev/null\n"
                + "docker buildx imagetools inspect \"$ref\" --format '{{ json .Provenance }}' "
                + "> provenance.json\n"
                + "grep -q '\"buildType\"' provenance.json\n";
        }

        text.Append("    stage('Sign') {\n")
            .Append(When(plan.Options.DefaultBranch))
            .Append("      steps {\n")
            .Append("        withCredentials([file(credentialsId: 'cosign-key', variable: "
                + "'COSIGN_KEY_FILE'),\n")
            .Append("                         file(credentialsId: 'cosign-public-key', "
                + "variable: 'COSIGN_PUB_FILE'),\n")
            .Append("                         string(credentialsId: 'cosign-password', "
                + "variable: 'COSIGN_PASSWORD')]) {\n")
            .Append(Shell(cosign, 10))
            .Append("        }\n      }\n    }\n");

        text.Append("  }\n")
            .Append("  post {\n    always {\n")
            .Append("      sh 'docker buildx rm \"ci-$(printf %s \"$BUILD_TAG\" | tr -c "
                + "A-Za-z0-9_.- -)\" || true'\n")
            .Append("    }\n  }\n}\n");
        return new GeneratedFile("Jenkinsfile", text.ToString(),
            "Jenkins declarative pipeline: lint, test, build, Trivy gate, push, Cosign signing");
    }

    /// <summary>A Groovy single-quoted string: no interpolation; quote and backslash
    /// escaped.</summary>
    public static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static void Stage(
        StringBuilder text, string name, string script, string? post = null, string? release = null)
    {
        text.Append("    stage('").Append(name).Append("') {\n");
        if (release is not null)
            text.Append(When(release));
        text.Append("      steps {\n").Append(Shell(script, 8)).Append("      }\n");
        if (post is not null)
        {
            text.Append("      post {\n        always {\n          ").Append(post)
                .Append("\n        }\n      }\n");
        }

        text.Append("    }\n");
    }

    private static string When(string branch) =>
        "      when {\n        anyOf {\n          branch " + Quote(branch)
        + "\n          buildingTag()\n        }\n      }\n";

    // ''' strings are not interpolated; a backslash still escapes, so it is doubled.
    private static string Shell(string script, int indent)
    {
        if (script.Contains("'''", StringComparison.Ordinal))
            throw new InvalidOperationException("a shell step may not contain '''");
        var pad = new string(' ', indent);
        var body = script.Replace("\\", "\\\\", StringComparison.Ordinal).TrimEnd('\n')
            .Split('\n').Select(line => line.Length == 0 ? "" : pad + "  " + line);
        return pad + "sh '''\n" + string.Join("\n", body) + "\n" + pad + "'''\n";
    }
}
