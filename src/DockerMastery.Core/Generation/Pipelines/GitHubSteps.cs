using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>Steps shared by the GitHub workflows: pinned actions, registry login, Cosign.</summary>
internal static class GitHubSteps
{
    public const string OidcIssuer = "https://token.actions.githubusercontent.com";

    /// <summary>A step that runs a pinned catalog action.</summary>
    public static YamlMap Uses(PipelinePlan plan, string name, string action, string? id = null)
    {
        var step = new YamlMap().Add("name", name);
        if (id is not null)
            step.Add("id", id);
        var (uses, version) = plan.Action(action);
        return step.Add("uses", uses, version);
    }

    /// <summary>A step that runs a shell script with bash's strict mode.</summary>
    public static YamlMap Run(string name, string script, string? id = null)
    {
        var step = new YamlMap().Add("name", name);
        if (id is not null)
            step.Add("id", id);
        return step.Block("run", script);
    }

    public static YamlMap Checkout(PipelinePlan plan) =>
        Uses(plan, "Check out", "actions/checkout")
            .Add("with", new YamlMap().Add("persist-credentials", false));

    /// <summary>Whether the workflow needs <c>id-token: write</c> for the registry login.</summary>
    public static bool LoginNeedsOidc(RegistryKind kind) =>
        kind is RegistryKind.Ecr or RegistryKind.Gcr or RegistryKind.Acr;

    /// <summary>The login steps for the plan's registry; secrets and variables are named in
    /// SECURITY.md. Cloud registries use OIDC federation, so no long-lived key is stored.</summary>
    public static IEnumerable<YamlMap> Login(PipelinePlan plan, string? condition)
    {
        var registry = plan.Registry;
        IEnumerable<YamlMap> steps = registry.Kind switch
        {
            RegistryKind.DockerHub =>
            [
                DockerLogin(plan, "Log in to Docker Hub", null,
                    "${{ vars.DOCKERHUB_USERNAME }}", "${{ secrets.DOCKERHUB_TOKEN }}"),
            ],
            RegistryKind.Ghcr =>
            [
                DockerLogin(plan, "Log in to GHCR", registry.Host,
                    "${{ github.actor }}", "${{ secrets.GITHUB_TOKEN }}"),
            ],
            RegistryKind.Ecr =>
            [
                Uses(plan, "Assume the AWS role (OIDC)", "aws-actions/configure-aws-credentials")
                    .Add("with", new YamlMap()
                        .Add("role-to-assume", "${{ vars.AWS_ROLE_ARN }}")
                        .Add("aws-region", registry.Region!)),
                Uses(plan, "Log in to Amazon ECR", "aws-actions/amazon-ecr-login"),
            ],
            RegistryKind.Gcr =>
            [
                Uses(plan, "Authenticate to Google Cloud (workload identity)",
                        "google-github-actions/auth", "gcp-auth")
                    .Add("with", new YamlMap()
                        .Add("workload_identity_provider",
                            "${{ vars.GCP_WORKLOAD_IDENTITY_PROVIDER }}")
                        .Add("service_account", "${{ vars.GCP_SERVICE_ACCOUNT }}")
                        .Add("token_format", "access_token")),
                DockerLogin(plan, "Log in to Artifact Registry", registry.Host,
                    "oauth2accesstoken", "${{ steps.gcp-auth.outputs.access_token }}"),
            ],
            RegistryKind.Acr =>
            [
                Uses(plan, "Log in to Azure (OIDC)", "azure/login")
                    .Add("with", new YamlMap()
                        .Add("client-id", "${{ vars.AZURE_CLIENT_ID }}")
                        .Add("tenant-id", "${{ vars.AZURE_TENANT_ID }}")
                        .Add("subscription-id", "${{ vars.AZURE_SUBSCRIPTION_ID }}")),
                Run("Log in to ACR", "az acr login --name \"${ACR_NAME}\"\n")
                    .Add("env", new YamlMap().Add("ACR_NAME", registry.AcrName!)),
            ],
            RegistryKind.Harbor =>
            [
                DockerLogin(plan, "Log in to Harbor (robot account)", registry.Host,
                    "${{ vars.HARBOR_ROBOT_NAME }}", "${{ secrets.HARBOR_ROBOT_SECRET }}"),
            ],
            _ => throw new InvalidOperationException($"no login for {registry.Kind}"),
        };

        foreach (var step in steps)
            yield return condition is null ? step : When(step, condition);
    }

    public static YamlMap InstallCosign(PipelinePlan plan) =>
        Uses(plan, "Install Cosign", "sigstore/cosign-installer")
            .Add("with", new YamlMap().Add("cosign-release", plan.ToolTag("cosign")));

    /// <summary>The flags that tie a Cosign verification to this repository's workflow (keyless)
    /// or to the public key (key pair).</summary>
    public static string VerifyFlags(PipelinePlan plan)
    {
        if (plan.Signing == SigningMode.KeyPair)
            return "--key env://COSIGN_PUBLIC_KEY";

        var branch = plan.Options.DefaultBranch.Replace(".", "\\.", StringComparison.Ordinal);
        var workflow = ".github/workflows/" + GitHubWorkflowRenderer.FileName;
        var identity = "^${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/"
            + workflow.Replace(".", "\\.", StringComparison.Ordinal)
            + $"@refs/(heads/{branch}|tags/v.+)$";
        return $"--certificate-oidc-issuer \"{OidcIssuer}\" \\\n"
            + $"  --certificate-identity-regexp \"{identity}\"";
    }

    /// <summary>The environment a Cosign step needs for the plan's signing mode.</summary>
    public static YamlMap CosignEnv(PipelinePlan plan, bool signing)
    {
        var env = new YamlMap();
        if (plan.Signing == SigningMode.KeyPair)
        {
            if (signing)
            {
                env.Add("COSIGN_KEY", "${{ secrets.COSIGN_PRIVATE_KEY }}");
                env.Add("COSIGN_PASSWORD", "${{ secrets.COSIGN_PASSWORD }}");
            }
            else
            {
                env.Add("COSIGN_PUBLIC_KEY", "${{ vars.COSIGN_PUBLIC_KEY }}");
            }
        }

        return env;
    }

    public static string SignFlags(PipelinePlan plan) =>
        plan.Signing == SigningMode.Keyless ? "--yes" : "--yes --key env://COSIGN_KEY";

    private static YamlMap DockerLogin(
        PipelinePlan plan, string name, string? registry, string username, string password)
    {
        var with = new YamlMap();
        if (registry is not null)
            with.Add("registry", registry);
        with.Add("username", username).Add("password", password);
        return Uses(plan, name, "docker/login-action").Add("with", with);
    }

    /// <summary>The step with an <c>if:</c> after its name and id, unless it has one.</summary>
    public static YamlMap When(YamlMap step, string condition)
    {
        if (step.Entries.Any(entry => entry.Key == "if"))
            return step;

        var anchor = step.Entries.Any(entry => entry.Key == "id") ? "id" : "name";
        var conditioned = new YamlMap();
        foreach (var entry in step.Entries)
        {
            conditioned.Entries.Add(entry);
            if (entry.Key == anchor)
                conditioned.Add("if", condition);
        }

        return conditioned;
    }
}
