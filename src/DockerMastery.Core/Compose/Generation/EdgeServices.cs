using System.Globalization;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Compose.Generation;

/// <summary>The reverse proxy in front of the app and the monitoring profile, with the config
/// files they mount. Neither proxy needs the Docker socket.</summary>
internal static class EdgeServices
{
    private const int ProxyPort = 8080;

    public static void Nginx(StackBuilder stack)
    {
        stack.HasProxy = true;

        // The unprivileged image runs as uid 101 and keeps its pid and caches under /tmp.
        var image = stack.Hardened ? stack.Image("nginx.unprivileged") : stack.Image("nginx");
        var service = stack.Service("proxy", image,
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("curl"), YamlOut.Text("-fsS"),
                YamlOut.Text($"http://127.0.0.1:{ProxyPort}/healthz")),
            "256M", "0.5", "101:101", ["/tmp", "/var/cache/nginx", "/var/run"], "10s");
        Common(stack, service, "./deploy/nginx/default.conf:/etc/nginx/conf.d/default.conf:ro",
            ProxyPort);

        var app = stack.Request.AppName;
        var port = stack.Request.Port.ToString(CultureInfo.InvariantCulture);
        var conf = string.Join('\n',
            "# Reverse proxy for the app service; mounted read-only by the proxy service.",
            "server {",
            $"    listen {ProxyPort};",
            "    server_tokens off;",
            "    client_max_body_size 10m;",
            "",
            "    location = /healthz {",
            "        access_log off;",
            "        default_type text/plain;",
            "        return 200 \"ok\\n\";",
            "    }",
            "",
            "    location / {",
            $"        proxy_pass http://{app}:{port};",
            "        proxy_http_version 1.1;",
            "        proxy_set_header Host $host;",
            "        proxy_set_header X-Real-IP $remote_addr;",
            "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
            "        proxy_set_header X-Forwarded-Proto $scheme;",
            "        proxy_set_header Upgrade $http_upgrade;",
            "        proxy_set_header Connection \"upgrade\";",
            "        proxy_read_timeout 60s;",
            "    }",
            "}") + "\n";
        stack.Files.Add(new GeneratedFile("deploy/nginx/default.conf", conf,
            "nginx server block: proxies to the app, answers /healthz for the healthcheck"));
    }

    public static void Traefik(StackBuilder stack)
    {
        stack.HasProxy = true;
        var service = stack.Service("proxy", stack.Image("traefik"),
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("traefik"), YamlOut.Text("healthcheck"),
                YamlOut.Text("--ping")),
            "256M", "0.5", "65532:65532", ["/tmp"], "10s");
        Common(stack, service, "./deploy/traefik/dynamic.yml:/etc/traefik/dynamic.yml:ro", ProxyPort
            + 1);

        // Routes come from a watched file, never from the Docker socket; ping listens on the
        // default traefik entrypoint (:8080) inside the container only.
        service.Add("command", YamlOut.Strings([
            $"--entrypoints.web.address=:{ProxyPort + 1}",
            "--providers.file.filename=/etc/traefik/dynamic.yml",
            "--providers.file.watch=true",
            "--ping=true",
            "--accesslog=true",
            "--log.level=" + stack.Env.Default("TRAEFIK_LOG_LEVEL", "INFO", "Traefik log level."),
        ]));
        var app = stack.Request.AppName;
        var port = stack.Request.Port.ToString(CultureInfo.InvariantCulture);
        var dynamic = new YamlOut.Map();
        var http = dynamic.Child("http");
        http.Child("routers").Child("app")
            .Add("rule", "PathPrefix(`/`)")
            .Add("entryPoints", YamlOut.FlowSeq("web"))
            .Add("service", "app");
        http.Child("services").Child("app").Child("loadBalancer")
            .Add("servers", YamlOut.Seq(new YamlOut.Map().Add("url", $"http://{app}:{port}")));
        stack.Files.Add(new GeneratedFile("deploy/traefik/dynamic.yml",
            YamlOut.Write(dynamic,
                ["Traefik routes (file provider): everything to the app service."]),
            "Traefik dynamic configuration: one router to the app"));
    }

    public static void Monitoring(StackBuilder stack)
    {
        var prometheus = stack.Service("prometheus", stack.Image("prometheus"),
            Probe("http://127.0.0.1:9090/-/healthy"), "1G", "1.0", "65534:65534", ["/tmp"]);
        Observe(stack, prometheus, "prometheus_data:/prometheus",
            "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");

        var grafanaSecret = stack.Secret("grafana_admin_password",
            "secrets/grafana_admin_password.txt: the Grafana admin password");
        var grafana = stack.Service("grafana", stack.Image("grafana"),
            Probe("http://127.0.0.1:3000/api/health"), "512M", "0.5", "472:0", ["/tmp"]);
        Observe(stack, grafana, "grafana_data:/var/lib/grafana",
            "./deploy/grafana/datasources.yml:" +
            "/etc/grafana/provisioning/datasources/datasources.yml:ro");
        grafana.Add("secrets", YamlOut.Strings([grafanaSecret]));
        grafana.Add("environment", new YamlOut.Map()
            .Add("GF_SECURITY_ADMIN_USER", stack.Env.Default("GRAFANA_ADMIN_USER", "admin",
                "Grafana admin user."))
            .Add("GF_SECURITY_ADMIN_PASSWORD__FILE", $"/run/secrets/{grafanaSecret}")
            .Add("GF_USERS_ALLOW_SIGN_UP", YamlOut.Quoted("false")));
        grafana.Add("depends_on", new YamlOut.Map()
            .Add("loki", new YamlOut.Map().Add("condition", "service_healthy"))
            .Add("prometheus", new YamlOut.Map().Add("condition", "service_healthy")));
        grafana.Add("ports", YamlOut.Seq(YamlOut.Quoted(
            "127.0.0.1:" + stack.Env.Default("GRAFANA_PORT", "3000",
                "Host port for Grafana (127.0.0.1 only).") +
            ":3000")));
        grafana.Add("networks", YamlOut.FlowSeq("frontend", "monitoring"));

        // Loki's image is distroless (no shell, no wget): it checks itself with its -health flag.
        var loki = stack.Service("loki", stack.Image("loki"),
            YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("/usr/bin/loki"),
                YamlOut.Text("-health")),
            "1G", "1.0", "10001:10001", ["/tmp"]);
        Observe(stack, loki, "loki_data:/loki", null);
        loki.Add("command", YamlOut.Strings(["-config.file=/etc/loki/local-config.yaml"]));

        stack.Files.Add(new GeneratedFile("deploy/prometheus/prometheus.yml", Prometheus(stack),
            "Prometheus scrape configuration: itself and the app's /metrics"));
        stack.Files.Add(new GeneratedFile("deploy/grafana/datasources.yml", Datasources(),
            "Grafana provisioning: Prometheus and Loki as data sources"));
        stack.Assumptions.Add(
            "monitoring: Prometheus scrapes the app at /metrics on its port; the target shows " +
            "down until the app serves metrics there.");
    }

    private static YamlOut.List Probe(string url) =>
        YamlOut.Seq(YamlOut.Text("CMD"), YamlOut.Text("wget"), YamlOut.Text("-q"),
            YamlOut.Text("--spider"), YamlOut.Text(url));

    private static void Common(StackBuilder stack, YamlOut.Map service, string config, int inside)
    {
        service.Add("volumes", YamlOut.Strings([config]));
        var host = stack.Env.Default("HTTP_PORT", "80",
            "Host port the reverse proxy publishes (all interfaces).");
        service.Add("ports", YamlOut.Seq(YamlOut.Quoted($"{host}:{inside}")));
        service.Add("networks", YamlOut.FlowSeq("frontend"));
        service.Add("depends_on", new YamlOut.Map()
            .Add(stack.Request.AppName, new YamlOut.Map().Add("condition", "service_healthy")));
    }

    private static void Observe(StackBuilder stack, YamlOut.Map service, string data,
        string? config)
    {
        var name = data[..data.IndexOf('_', StringComparison.Ordinal)];
        stack.Volumes.Add(data[..data.IndexOf(':', StringComparison.Ordinal)]);
        service.Add("volumes", YamlOut.Strings(config is null ? [data] : [data, config]));
        if (name != "grafana")
            service.Add("networks", YamlOut.FlowSeq("frontend", "monitoring"));
        service.Add("profiles", YamlOut.FlowSeq("monitoring"));
    }

    private static string Prometheus(StackBuilder stack)
    {
        var root = new YamlOut.Map();
        root.Child("global").Add("scrape_interval", "15s").Add("evaluation_interval", "15s");
        var app = stack.Request.AppName;
        var port = stack.Request.Port.ToString(CultureInfo.InvariantCulture);
        root.Add("scrape_configs", YamlOut.Seq(
            new YamlOut.Map().Add("job_name", "prometheus")
                .Add("static_configs", YamlOut.Seq(new YamlOut.Map()
                    .Add("targets", YamlOut.Seq(YamlOut.Quoted("127.0.0.1:9090"))))),
            new YamlOut.Map().Add("job_name", app)
                .Add("metrics_path", "/metrics")
                .Add("static_configs", YamlOut.Seq(new YamlOut.Map()
                    .Add("targets", YamlOut.Seq(YamlOut.Quoted($"{app}:{port}")))))));
        return YamlOut.Write(root, ["Prometheus: scrapes itself and the app service."]);
    }

    private static string Datasources()
    {
        var root = new YamlOut.Map().Add("apiVersion", YamlOut.Number(1));
        root.Add("datasources", YamlOut.Seq(
            new YamlOut.Map().Add("name", "Prometheus").Add("type", "prometheus")
                .Add("access", "proxy").Add("url", "http://prometheus:9090").Add("isDefault",
                    YamlOut.Bool(true)),
            new YamlOut.Map().Add("name", "Loki").Add("type", "loki")
                .Add("access", "proxy").Add("url", "http://loki:3100")));
        return YamlOut.Write(root, ["Grafana data sources, provisioned at start."]);
    }
}
