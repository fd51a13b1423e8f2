using DockerMastery.Integration.Tests.Harness;

namespace DockerMastery.Integration.Tests.HarnessChecks;

/// <summary>
/// The rebuild assertion reads BuildKit's plain progress; these cases (shaped like the output
/// of a real node rebuild) show it accepts a source-only rebuild and catches the two ways a
/// Dockerfile wastes the cache.
/// </summary>
public sealed class BuildProgressTests
{
    private const string SourceOnly = """
        #5 [deps 1/4] FROM docker.io/library/node:24-trixie-slim
        #5 DONE 0.0s

        #6 [production 1/4] FROM gcr.io/distroless/nodejs24-debian13:nonroot
        #6 DONE 0.0s

        #8 [deps 2/4] WORKDIR /app
        #8 CACHED

        #9 [deps 3/4] COPY package.json package-lock.json ./
        #9 CACHED

        #10 [deps 4/4] RUN --mount=type=cache,target=/root/.npm     npm ci --omit=dev
        #10 CACHED

        #11 [production 2/4] WORKDIR /app
        #11 CACHED

        #12 [production 3/4] COPY --from=deps /app/node_modules ./node_modules
        #12 CACHED

        #13 [production 4/4] COPY . .
        #13 DONE 0.1s

        #14 exporting to image
        #14 DONE 0.1s
        """;

    [Fact]
    public void Source_only_rebuild_is_accepted_and_counted()
    {
        var progress = BuildProgress.Parse(SourceOnly);

        Assert.Equal(8, progress.Steps.Count);
        Assert.Equal(5, progress.CachedCount);
        Assert.Equal(1, progress.RanCount);
        Assert.Null(progress.SourceOnlyRebuildViolation());
    }

    [Fact]
    public void Dependency_install_that_ran_again_is_a_violation()
    {
        var progress = BuildProgress.Parse(SourceOnly
            .Replace("#9 CACHED", "#9 DONE 0.1s", StringComparison.Ordinal)
            .Replace("#10 CACHED", "#10 DONE 4.2s", StringComparison.Ordinal));

        Assert.Contains("npm ci", progress.SourceOnlyRebuildViolation(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_before_the_source_copy_that_ran_again_is_a_violation()
    {
        var progress = BuildProgress.Parse(SourceOnly
            .Replace("#11 CACHED", "#11 DONE 0.0s", StringComparison.Ordinal));

        Assert.Contains("production", progress.SourceOnlyRebuildViolation(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_reused_everything_did_not_see_the_change()
    {
        var progress = BuildProgress.Parse(SourceOnly
            .Replace("#13 DONE 0.1s", "#13 CACHED", StringComparison.Ordinal));

        Assert.Contains("nothing was rebuilt", progress.SourceOnlyRebuildViolation(),
            StringComparison.Ordinal);
    }
}
