namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>Registry login as shell, for GitLab CI and Jenkins (which have no login
/// actions): every credential comes from an environment variable, read with
/// <c>--password-stdin</c> so it never appears in a process list.</summary>
internal static class ShellLogin
{
    public static string Script(PipelinePlan plan) => plan.Registry.Kind switch
    {
        RegistryKind.Ecr =>
            $"aws ecr get-login-password --region {plan.Registry.Region} |\n"
            + $"  docker login --username AWS --password-stdin {plan.Registry.Host}\n",
        RegistryKind.Gcr =>
            "printf '%s' \"${REGISTRY_PASSWORD}\" |\n"
            + "  docker login --username _json_key --password-stdin "
            + $"https://{plan.Registry.Host}\n",
        _ =>
            "printf '%s' \"${REGISTRY_PASSWORD}\" |\n"
            + $"  docker login --username \"${{REGISTRY_USER}}\" --password-stdin "
            + $"{plan.Registry.Host}\n",
    };

    /// <summary>The tags for the current ref: commit SHA always, the branch name, and the
    /// semver tag and its major.minor for a release tag (vX.Y.Z). Reads REF_NAME, REF_IS_TAG
    /// and COMMIT_SHA; writes space-separated --tag flags to TAG_FLAGS.</summary>
    public const string TagFlags =
        "TAG_FLAGS=\"--tag ${IMAGE_NAME}:sha-${COMMIT_SHA}\"\n"
        + "if [ \"${REF_IS_TAG}\" = true ]; then\n"
        + "  version=\"${REF_NAME#v}\"\n"
        + "  TAG_FLAGS=\"${TAG_FLAGS} --tag ${IMAGE_NAME}:${version} --tag "
        + "${IMAGE_NAME}:${version%.*}\"\n"
        + "else\n"
        + "  branch=$(printf '%s' \"${REF_NAME}\" | tr -c 'A-Za-z0-9_.-' '-' | cut -c1-128)\n"
        + "  TAG_FLAGS=\"${TAG_FLAGS} --tag ${IMAGE_NAME}:${branch}\"\n"
        + "fi\n";
}
