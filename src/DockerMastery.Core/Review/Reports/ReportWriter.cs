using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace DockerMastery.Core.Review.Reports;

/// <summary>Writes lint results in every <see cref="ReportFormat"/>.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a format name: tty, json, sarif, checkstyle, codeclimate or
    /// gitlab_codeclimate (case-insensitive).</summary>
    public static bool TryParse(string name, out ReportFormat format)
    {
        format = (name ?? "").ToLowerInvariant() switch
        {
            "tty" or "text" => ReportFormat.Tty,
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "checkstyle" => ReportFormat.Checkstyle,
            "codeclimate" or "gitlab_codeclimate" or "gitlab-codeclimate" => ReportFormat.CodeClimate,
            _ => (ReportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The report of <paramref name="files"/> in <paramref name="format"/>.</summary>
    public static string Write(ReportFormat format, IReadOnlyList<LintedFile> files, string toolVersion = "0.0.0") =>
        format switch
        {
            ReportFormat.Json => Json(files),
            ReportFormat.Sarif => Sarif(files, toolVersion),
            ReportFormat.Checkstyle => Checkstyle(files),
            ReportFormat.CodeClimate => CodeClimate(files),
            _ => Tty(files),
        };

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Tty(IReadOnlyList<LintedFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            foreach (var f in file.Result.Findings)
            {
                text.Append(file.Path).Append(':').Append(f.Line).Append(' ').Append(f.RuleId).Append(' ')
                    .Append(Level(f.Severity)).Append(": ").AppendLine(f.Message);
            }
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<LintedFile> files)
    {
        var array = new JsonArray();
        foreach (var file in files)
        {
            foreach (var f in file.Result.Findings)
            {
                array.Add(new JsonObject
                {
                    ["code"] = f.RuleId,
                    ["column"] = f.Column,
                    ["file"] = file.Path,
                    ["level"] = Level(f.Severity),
                    ["line"] = f.Line,
                    ["message"] = f.Message,
                    ["fix"] = f.Fix,
                    ["docs"] = f.DocsUri,
                });
            }
        }

        return array.ToJsonString(Indented) + "\n";
    }

    private static string Sarif(IReadOnlyList<LintedFile> files, string toolVersion)
    {
        var used = files.SelectMany(f => f.Result.Findings).Select(f => f.RuleId).Distinct()
            .Select(id => RuleCatalog.Find(id)).OfType<RuleDescriptor>().ToList();
        var rules = new JsonArray();
        foreach (var rule in used)
        {
            rules.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = SarifName(rule.Title),
                ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
                ["fullDescription"] = new JsonObject { ["text"] = rule.Title + ". " + rule.Fix },
                ["helpUri"] = rule.DocsUri,
                ["help"] = new JsonObject { ["text"] = rule.Fix, ["markdown"] = rule.Documentation },
                ["defaultConfiguration"] = new JsonObject { ["level"] = SarifLevel(rule.Severity) },
            });
        }

        var results = new JsonArray();
        foreach (var file in files)
        {
            foreach (var f in file.Result.Findings)
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = f.RuleId,
                    ["ruleIndex"] = used.FindIndex(r => r.Id == f.RuleId),
                    ["level"] = SarifLevel(f.Severity),
                    ["message"] = new JsonObject { ["text"] = f.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = ArtifactUri(file.Path) },
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = Math.Max(1, f.Line),
                                ["startColumn"] = Math.Max(1, f.Column),
                            },
                        },
                    }),
                });
            }
        }

        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "docker-mastery",
                        ["version"] = toolVersion,
                        ["informationUri"] = "https://github.com/docker-mastery/docker-mastery",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(Indented) + "\n";
    }

    // SARIF's rule name is a readable identifier distinct from the id: the title in PascalCase.
    private static string SarifName(string title) => string.Concat(
        title.Split([' ', '-', '/', '`', '\'', '"', ',', '.', ':', '(', ')', '<', '>', '[', ']'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string ArtifactUri(string path) =>
        path == "-" ? "stdin" : Uri.EscapeDataString(path.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal);

    private static string SarifLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Checkstyle(IReadOnlyList<LintedFile> files)
    {
        var root = new XElement("checkstyle", new XAttribute("version", "4.3"));
        foreach (var file in files)
        {
            root.Add(new XElement("file", new XAttribute("name", file.Path),
                file.Result.Findings.Select(f => new XElement("error",
                    new XAttribute("line", f.Line),
                    new XAttribute("column", f.Column),
                    new XAttribute("severity", f.Severity is Severity.Style ? "info" : Level(f.Severity)),
                    new XAttribute("message", f.Message),
                    new XAttribute("source", f.RuleId)))));
        }

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static string CodeClimate(IReadOnlyList<LintedFile> files)
    {
        var array = new JsonArray();
        foreach (var file in files)
        {
            foreach (var f in file.Result.Findings)
            {
                var identity = string.Join('\u001f', file.Path, f.RuleId,
                    f.Line.ToString(CultureInfo.InvariantCulture), f.Message);
                array.Add(new JsonObject
                {
                    ["type"] = "issue",
                    ["check_name"] = f.RuleId,
                    ["description"] = f.Message,
                    ["categories"] = new JsonArray(f.Severity <= Severity.Warning ? "Bug Risk" : "Style"),
                    ["fingerprint"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity))),
                    ["severity"] = f.Severity switch
                    {
                        Severity.Error => "critical",
                        Severity.Warning => "major",
                        Severity.Info => "minor",
                        _ => "info",
                    },
                    ["location"] = new JsonObject
                    {
                        ["path"] = file.Path,
                        ["lines"] = new JsonObject { ["begin"] = f.Line },
                    },
                });
            }
        }

        return array.ToJsonString(Indented) + "\n";
    }
}
