using System.Text.RegularExpressions;
using DockerMastery.Core.Detection;
using DockerMastery.Core.Generation;

namespace DockerMastery.Core.Tests.Generation;

/// <summary>The quality bar, checked on every language and tier.</summary>
public class DockerfileShapeTests
{
    public static TheoryData<string, int> Matrix() => DockerfileGoldenTests.Matrix();

    private static string Generate(string language, int tier)
    {
        Assert.True(LanguageNames.TryParse(language, out var parsed));
        return DockerfileGenerator.Generate(new DockerfileRequest
        {
            Language = parsed,
            Tier = tier,
            Name = "demo",
        }).Dockerfile.Content;
    }

    private static string FinalStage(string text) => text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];

    [Theory]
    [MemberData(nameof(Matrix))]
    public void StartsWithTheSyntaxDirectiveAndTakesEveryBaseFromAnArgument(string language, int tier)
    {
        var text = Generate(language, tier);

        Assert.StartsWith("# syntax=docker/dockerfile:", text, StringComparison.Ordinal);
        foreach (Match from in Regex.Matches(text, "^FROM (?:--platform=\\S+ )?(\\S+)", RegexOptions.Multiline))
        {
            var image = from.Groups[1].Value;
            Assert.True(image.StartsWith("${", StringComparison.Ordinal) || !image.Contains(':'),
                $"FROM {image} is neither an ARG nor a stage");
        }

        Assert.DoesNotContain(":latest", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void FinalStageRunsAsANumericNonRootUserWithExecFormEntrypoint(string language, int tier)
    {
        var final = FinalStage(Generate(language, tier));

        var user = Regex.Match(final, "^USER (\\d+):(\\d+)$", RegexOptions.Multiline);
        Assert.True(user.Success, "final stage has no numeric USER");
        Assert.True(int.Parse(user.Groups[1].Value) >= 1000);
        Assert.Matches(new Regex("^ENTRYPOINT \\[\"", RegexOptions.Multiline), final);
        Assert.Matches(new Regex("^LABEL org\\.opencontainers\\.image\\.title=", RegexOptions.Multiline), final);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void StagesHealthcheckAndPlatformFollowTheTier(string language, int tier)
    {
        var text = Generate(language, tier);
        var final = FinalStage(text);

        // The skill's table asks for a healthcheck from tier 2; the generator adds one at every
        // tier because the runtime or a built probe makes it free and the review expects it.
        Assert.Contains("HEALTHCHECK", final, StringComparison.Ordinal);
        if (tier >= 2)
            Assert.Contains(" AS production", final, StringComparison.Ordinal);
        Assert.Equal(tier >= 3, text.Contains("\nFROM build AS test\n", StringComparison.Ordinal));
        Assert.Equal(tier >= 3, final.Contains("_DIGEST:+@", StringComparison.Ordinal));

        var crossCompiles = language is "go" or "rust" or "java" or "dotnet";
        Assert.Equal(tier >= 4 && crossCompiles,
            text.Contains("FROM --platform=$BUILDPLATFORM", StringComparison.Ordinal));
        if (tier >= 4 && language is "go" or "rust" or "dotnet")
            Assert.Contains("TARGETARCH", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void DependencyManifestsAreCopiedBeforeTheSource(string language, int tier)
    {
        var text = Generate(language, tier);

        // cargo-chef's planner reads the whole tree to write the recipe; the build stage then
        // cooks dependencies from it before its own copy of the source.
        var build = language == "rust" ? text[text.IndexOf(" AS build\n", StringComparison.Ordinal)..] : text;
        var manifests = build.IndexOf("\nCOPY ", StringComparison.Ordinal);
        var source = build.IndexOf("\nCOPY . ", StringComparison.Ordinal);

        Assert.True(manifests >= 0 && source > manifests, "manifests are not copied first");
        Assert.Contains("--mount=type=cache", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void HealthcheckProbeExistsInTheFinalImage(string language, int tier)
    {
        var final = FinalStage(Generate(language, tier));
        var probe = Regex.Match(final, "CMD \\[\"([^\"]+)\"").Groups[1].Value;

        // Either the runtime itself (python, node, java) or a probe copied into the stage.
        var copied = Regex.Matches(final, "^COPY --from=\\S+ \\S+ (\\S+)$", RegexOptions.Multiline)
            .Any(m => probe.StartsWith(m.Groups[1].Value, StringComparison.Ordinal));
        var runtime = probe is "python" or "/usr/bin/python3" or "node" or "/nodejs/bin/node" or "java"
            or "/usr/bin/java";
        Assert.True(copied || runtime, $"probe {probe} is not in the final image");
        Assert.DoesNotContain("curl", final, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void DotNetAppHostRunsOnTheLibcItWasPublishedFor(int tier)
    {
        var text = Generate("dotnet", tier);
        // The SDK image is Ubuntu (glibc); without a musl RID the apphost needs glibc at run time.
        Assert.DoesNotContain("linux-musl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alpine", text, StringComparison.Ordinal);
        var runtimeArg = text.Split('\n').Single(l => l.StartsWith("ARG RUNTIME_IMAGE=", StringComparison.Ordinal));
        Assert.Contains("/dotnet/aspnet:", runtimeArg, StringComparison.Ordinal);
        Assert.Contains(tier <= 2 ? "-noble" : "-noble-chiseled", runtimeArg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linux/amd64", "x86_64-unknown-linux-musl")]
    [InlineData("linux/arm64", "aarch64-unknown-linux-musl")]
    [InlineData("linux/arm/v7", "armv7-unknown-linux-musleabihf")]
    public void RustTier4MapsEveryBakePlatformToAMuslTarget(string platform, string triple)
    {
        var text = Generate("rust", 4);
        // The case is on "$TARGETARCH/$TARGETVARIANT"; BuildKit leaves the variant empty
        // for amd64 and arm64.
        var parts = platform.Split('/');
        var key = parts.Length == 3 ? $"{parts[1]}/{parts[2]}" : $"{parts[1]}/*";
        Assert.Contains("ARG TARGETVARIANT", text, StringComparison.Ordinal);
        Assert.Contains($"      {key}) echo {triple} ;;", text, StringComparison.Ordinal);
        var linkerVariable = "CARGO_TARGET_" +
            triple.ToUpperInvariant().Replace('-', '_') + "_LINKER=rust-lld";
        Assert.Contains(linkerVariable, text, StringComparison.Ordinal);
        Assert.Contains("install -D \"target/$(cat /rust-target)/release/", text,
            StringComparison.Ordinal);
    }
}
