namespace DockerMastery.Core.Generation.Pipelines;

/// <summary><c>harbor/setup-project.sh</c>: the Harbor API calls for what the chart cannot
/// hold: the project (scan on push, refuse vulnerable pulls), a CI robot account, a
/// retention policy and a replication rule to a second registry.</summary>
internal static class HarborSetupRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var project = plan.Registry.Kind == RegistryKind.Harbor
            ? plan.Registry.Repository[..plan.Registry.Repository.IndexOf('/')]
            : plan.Project;
        var severity = plan.Options.SeverityGate.Contains("CRITICAL") &&
                       !plan.Options.SeverityGate.Contains("HIGH") ? "critical" : "high";
        var script = $$$"""
            #!/usr/bin/env bash
            # Harbor project setup for {{{plan.Project}}}, through Harbor's v2.0 API.
            # Needs: HARBOR_URL (https://host), HARBOR_USER and HARBOR_PASSWORD (an admin),
            # optional REPLICATION_URL, REPLICATION_USER, REPLICATION_PASSWORD (a second
            # registry to replicate signed releases to). Prints the robot secret once: store it
            # as the CI secret HARBOR_ROBOT_SECRET and its name as HARBOR_ROBOT_NAME.
            set -euo pipefail

            PROJECT='{{{project}}}'
            api() {
              curl --fail-with-body --silent --show-error \
                --user "${HARBOR_USER}:${HARBOR_PASSWORD}" \
                --header 'Content-Type: application/json' "$@"
            }

            # Private project; Trivy scans every push; pulls of images with {{{severity}}} or worse
            # findings are refused; only signed (cosign) artifacts can be pulled.
            api --request POST "${HARBOR_URL}/api/v2.0/projects" --data @- <<JSON
            {"project_name": "${PROJECT}", "public": false,
             "metadata": {"auto_scan": "true", "prevent_vul": "true", "severity": "{{{severity}}}",
                          "enable_content_trust_cosign": "true"}}
            JSON

            project_id=$(api "${HARBOR_URL}/api/v2.0/projects/${PROJECT}" |
              sed -n 's/.*"project_id": *\([0-9]*\).*/\1/p')

            # CI robot account: push and pull in this project only, expires after 90 days.
            api --request POST "${HARBOR_URL}/api/v2.0/robots" --data @- <<JSON
            {"name": "ci", "level": "project", "duration": 90,
             "description": "CI pipeline for ${PROJECT}",
             "permissions": [{"kind": "project", "namespace": "${PROJECT}", "access": [
               {"resource": "repository", "action": "push"},
               {"resource": "repository", "action": "pull"},
               {"resource": "artifact", "action": "read"},
               {"resource": "tag", "action": "create"}]}]}
            JSON
            echo

            # Retention: keep the 10 most recently pushed artifacts of each repository, and
            # every artifact tagged as a release (v*) or an environment (dev, staging, prod).
            api --request POST "${HARBOR_URL}/api/v2.0/retentions" --data @- <<JSON
            {"algorithm": "or",
             "scope": {"level": "project", "ref": ${project_id}},
             "trigger": {"kind": "Schedule", "settings": {"cron": "0 0 3 * * *"}},
             "rules": [
              {"action": "retain", "template": "latestPushedK", "params": {"latestPushedK": 10},
               "tag_selectors": [{"kind": "doublestar", "decoration": "matches", "pattern": "**"}],
               "scope_selectors": {"repository": [{"kind": "doublestar",
                 "decoration": "repoMatches", "pattern": "**"}]}},
              {"action": "retain", "template": "always", "params": {},
               "tag_selectors": [{"kind": "doublestar", "decoration": "matches",
                 "pattern": "{v*,dev,staging,prod}"}],
               "scope_selectors": {"repository": [{"kind": "doublestar",
                 "decoration": "repoMatches", "pattern": "**"}]}}]}
            JSON

            # Replication of release tags to a second registry (disaster recovery, other region).
            if [[ -n "${REPLICATION_URL:-}" ]]; then
              api --request POST "${HARBOR_URL}/api/v2.0/registries" --data @- <<JSON
            {"name": "${PROJECT}-replica", "type": "harbor", "url": "${REPLICATION_URL}",
             "credential": {"type": "basic", "access_key": "${REPLICATION_USER}",
                            "access_secret": "${REPLICATION_PASSWORD}"}}
            JSON
              registry_id=$(api "${HARBOR_URL}/api/v2.0/registries?q=name%3D${PROJECT}-replica" |
                sed -n 's/.*"id": *\([0-9]*\).*/\1/p' | head -n 1)
              api --request POST "${HARBOR_URL}/api/v2.0/replication/policies" --data @- <<JSON
            {"name": "${PROJECT}-releases", "enabled": true, "override": true,
             "dest_registry": {"id": ${registry_id}},
             "filters": [{"type": "name", "value": "${PROJECT}/**"},
                         {"type": "tag", "value": "{v*,prod}"}],
             "trigger": {"type": "event_based"}}
            JSON
            fi
            """;

        return new GeneratedFile("harbor/setup-project.sh", script + "\n",
            "Harbor API setup: project policy, CI robot account, retention, replication");
    }
}
