using DockerMastery.Core.Generation.Pipelines.Yaml;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>
/// Values for the goharbor/harbor Helm chart: highly available (two replicas of every
/// stateless component, object storage, stable secrets from Kubernetes Secrets), external
/// PostgreSQL and Redis, the Trivy scanner, internal TLS and metrics. Replication rules, robot
/// accounts and retention policies are Harbor API objects, not chart values: they are in
/// <c>harbor/setup-project.sh</c>.
/// </summary>
internal static class HarborValuesRenderer
{
    private const int Replicas = 2;

    public static GeneratedFile Render(PipelinePlan plan)
    {
        var host = plan.Registry.Kind == RegistryKind.Harbor
            ? plan.Registry.Host
            : "harbor.example.com";
        var values = new YamlMap()
            .Add("expose", new YamlMap()
                .Add("type", "ingress")
                .Add("tls", new YamlMap()
                    .Add("enabled", true)
                    .Add("certSource", "secret")
                    .Add("secret", new YamlMap().Add("secretName", "harbor-tls")))
                .Add("ingress", new YamlMap()
                    .Add("hosts", new YamlMap().Add("core", HostOnly(host)))
                    .Add("className", "nginx")
                    .Add("annotations", new YamlMap()
                        .Add("nginx.ingress.kubernetes.io/ssl-redirect", "true")
                        .Add("nginx.ingress.kubernetes.io/proxy-body-size", "0"))))
            .Add("externalURL", "https://" + host)
            .Add("existingSecretAdminPassword", "harbor-admin")
            .Add("existingSecretAdminPasswordKey", "HARBOR_ADMIN_PASSWORD")
            .Add("existingSecretSecretKey", "harbor-secret-key")
            .Add("internalTLS", new YamlMap().Add("enabled", true).Add("certSource", "auto"))
            .Add("updateStrategy", new YamlMap().Add("type", "RollingUpdate"))
            .Add("persistence", new YamlMap()
                .Add("enabled", true)
                .Add("resourcePolicy", "keep")
                .Add("persistentVolumeClaim", new YamlMap()
                    .Add("trivy", new YamlMap()
                        .Add("accessMode", "ReadWriteOnce")
                        .Add("size", "10Gi")))
                .Add("imageChartStorage", new YamlMap()
                    .Add("disableredirect", false)
                    .Add("type", "s3")
                    .Add("s3", new YamlMap()
                        .Add("existingSecret", "harbor-s3")
                        .Add("region", "us-east-1")
                        .Add("bucket", $"{plan.Project}-harbor-registry")
                        .Add("encrypt", true)
                        .Add("secure", true))))
            .Add("portal", Component())
            .Add("core", Component()
                .Add("existingSecret", "harbor-core")
                .Add("existingXsrfSecret", "harbor-core-xsrf")
                .Add("secretName", "harbor-core-token"))
            .Add("jobservice", Component()
                .Add("jobLoggers", YamlSeq.Of("database"))
                .Add("existingSecret", "harbor-jobservice"))
            .Add("registry", Component()
                .Add("existingSecret", "harbor-registry")
                .Add("credentials", new YamlMap()
                    .Add("existingSecret", "harbor-registry-credentials")))
            .Add("trivy", Component()
                .Add("enabled", true)
                .Add("vulnType", "os,library")
                .Add("severity", "UNKNOWN,LOW,MEDIUM,HIGH,CRITICAL")
                .Add("ignoreUnfixed", false)
                .Add("skipUpdate", false)
                .Add("securityCheck", "vuln")
                .Add("timeout", "10m0s"))
            .Add("database", new YamlMap()
                .Add("type", "external")
                .Add("external", new YamlMap()
                    .Add("host", "harbor-db.internal.example.com")
                    .Add("port", "5432")
                    .Add("username", "harbor")
                    .Add("coreDatabase", "registry")
                    .Add("existingSecret", "harbor-database")
                    .Add("sslmode", "verify-full"))
                .Add("maxIdleConns", 50)
                .Add("maxOpenConns", 300))
            .Add("redis", new YamlMap()
                .Add("type", "external")
                .Add("external", new YamlMap()
                    .Add("addr", "harbor-redis.internal.example.com:6379")
                    .Add("sentinelMasterSet", "")
                    .Add("existingSecret", "harbor-redis")))
            .Add("cache", new YamlMap().Add("enabled", true).Add("expireHours", 24))
            .Add("metrics", new YamlMap()
                .Add("enabled", true)
                .Add("serviceMonitor", new YamlMap().Add("enabled", true)));

        return new GeneratedFile("harbor/values.yaml", YamlEmitter.Emit(values,
            [
                $"Harbor {plan.ToolTag("harbor")} Helm values (chart goharbor/harbor "
                    + $"{plan.Catalog.Tool("helm.harbor")}), highly available:",
                $"  helm upgrade --install harbor harbor/harbor --version "
                    + $"{plan.Catalog.Tool("helm.harbor")} -n harbor -f harbor/values.yaml",
                "Create the Secrets named below first (admin password, secret key, core, "
                    + "jobservice, registry,",
                "S3, database, Redis); the database and Redis hosts are placeholders for "
                    + "your managed services.",
                "Projects, robot accounts, replication and retention: harbor/setup-project.sh.",
            ]),
            "Harbor Helm values: HA, external PostgreSQL and Redis, Trivy scanner");
    }

    private static string HostOnly(string host) =>
        host.Contains(':', StringComparison.Ordinal) ? host[..host.IndexOf(':')] : host;

    private static YamlMap Component() => new YamlMap()
        .Add("replicas", Replicas)
        .Add("topologySpreadConstraints", new YamlSeq().Add(new YamlMap()
            .Add("maxSkew", 1)
            .Add("topologyKey", "topology.kubernetes.io/zone")
            .Add("whenUnsatisfiable", "ScheduleAnyway")));
}
