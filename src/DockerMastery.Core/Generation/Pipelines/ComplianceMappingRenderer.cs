using System.Text;

namespace DockerMastery.Core.Generation.Pipelines;

/// <summary><c>docs/compliance-mapping.md</c>: SOC 2, HIPAA and PCI-DSS controls, and which
/// generated file provides the evidence for each. It maps; it does not certify.</summary>
internal static class ComplianceMappingRenderer
{
    public static GeneratedFile Render(PipelinePlan plan)
    {
        var pipeline = plan.Options.Ci switch
        {
            CiPlatform.GitHub => "`" + GitHubWorkflowRenderer.Path + "`",
            CiPlatform.GitLab => "`.gitlab-ci.yml`",
            CiPlatform.Jenkins => "`Jenkinsfile`",
            _ => "your CI pipeline (none generated)",
        };
        var promotion = plan.Options.Ci switch
        {
            CiPlatform.GitHub => "`" + PromotionWorkflowRenderer.Path + "`",
            CiPlatform.GitLab => "the `promote-*` jobs of `.gitlab-ci.yml`",
            _ => "a promotion job in your CI (generated for GitHub and GitLab)",
        };
        var falco = $"`falco/{plan.Project}-rules.yaml`";
        var harbor = plan.Registry.Kind == RegistryKind.Harbor
            ? "`harbor/values.yaml`, `harbor/setup-project.sh`"
            : $"your {plan.Registry.Kind} registry's access policy";

        (string Framework, string Control, string Requirement, string Evidence)[] rows =
        [
            ("SOC 2", "CC6.1", "Logical access to protected assets",
                $"{harbor}: private project, robot account scoped to push/pull; "
                + "least-privilege `permissions:` in " + pipeline),
            ("SOC 2", "CC6.8", "Prevent or detect unauthorized or malicious software",
                "`trivy.yaml` severity gate in " + pipeline
                + "; Cosign signatures and `cosign/cluster-image-policy.yaml` admission"),
            ("SOC 2", "CC7.1", "Detect configuration changes and new vulnerabilities",
                "Trivy scan on every build; Harbor scan on push; " + falco),
            ("SOC 2", "CC7.2", "Monitor system components for anomalies", falco
                + ": shell, binary-directory writes, outbound connections"),
            ("SOC 2", "CC8.1", "Authorize, test and approve changes before production",
                "test stage (`--target " + plan.Options.TestTarget + "`) in " + pipeline
                + "; approval gates in " + promotion),
            ("HIPAA", "164.308(a)(1)(ii)(B)", "Risk management: reduce vulnerabilities",
                "`trivy.yaml`, `.trivyignore` (each exception with reason and expiry)"),
            ("HIPAA", "164.312(b)", "Audit controls",
                "Rekor transparency log entries of signatures; SLSA provenance (`mode=max`); "
                + "git history of `deploy/ENV/image.env`"),
            ("HIPAA", "164.312(c)(1)", "Integrity: protect data from improper alteration",
                "image digests everywhere, Cosign signature verified before each promotion"),
            ("HIPAA", "164.312(e)(1)", "Transmission security",
                "TLS on the registry ingress and internal TLS between Harbor components "
                + "(`harbor/values.yaml`)"),
            ("PCI-DSS 4.0", "2.2", "Secure configuration standards for system components",
                "the generated Dockerfile's review (`docker-mastery lint`, SARIF) in " + pipeline),
            ("PCI-DSS 4.0", "6.3.2", "Inventory of bespoke and third-party software components",
                "SPDX and CycloneDX SBOMs (`.syft.yaml`, attested with Cosign)"),
            ("PCI-DSS 4.0", "6.3.3", "Known vulnerabilities patched",
                "Trivy gate fails on " + plan.Severity + " findings with a fix"),
            ("PCI-DSS 4.0", "6.4.3 / 11.6.1", "Detect unauthorized change",
                "signature and provenance verification in " + promotion + "; " + falco),
            ("PCI-DSS 4.0", "10.2", "Audit logs of actions",
                "CI run logs, Harbor audit log, promotion commits"),
            ("PCI-DSS 4.0", "11.3.1", "Internal vulnerability scans",
                "Trivy in CI, Harbor's Trivy scanner on push and on schedule"),
        ];

        var text = new StringBuilder()
            .Append("# Compliance mapping: ").Append(plan.Project).Append("\n\n")
            .Append("Which generated file gives evidence for which control. This maps controls\n")
            .Append("to ")
            .Append("artifacts; it is not an attestation of compliance, and the controls also "
                + "need\n")
            .Append("the people and processes around them (review of exceptions, access reviews,\n")
            .Append("incident response).\n\n")
            .Append("| Framework | Control | Requirement | Met by |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var (framework, control, requirement, evidence) in rows)
            text.Append($"| {framework} | {control} | {requirement} | {evidence} |\n");

        text.Append("\nImage: `").Append(plan.Image).Append("`, platforms ")
            .Append(string.Join(", ", plan.Platforms)).Append(".\n");
        return new GeneratedFile("docs/compliance-mapping.md", text.ToString(),
            "SOC 2, HIPAA and PCI-DSS controls mapped to the generated artifacts");
    }
}
