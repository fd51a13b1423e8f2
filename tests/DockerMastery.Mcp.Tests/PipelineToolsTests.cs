using System.Text.Json;
using DockerMastery.Mcp.Tools;
using ModelContextProtocol;

namespace DockerMastery.Mcp.Tests;

public sealed class PipelineToolsTests
{
    [Fact]
    public void GeneratePipelineReturnsFilesAndAssumptions()
    {
        var result = PipelineTools.GeneratePipeline("shop-api", ci: "gitlab", registry: "harbor",
            registryHost: "registry.acme.io");
        var structured = result.StructuredContent!.Value;

        Assert.Equal("registry.acme.io/shop-api/shop-api",
            structured.GetProperty("image").GetString());
        var paths = structured.GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains(".gitlab-ci.yml", paths);
        Assert.Contains("SECURITY.md", paths);
        Assert.Contains(structured.GetProperty("assumptions").EnumerateArray(),
            a => a.GetString()!.Contains("source repository", StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateSupplyChainHonoursTheRuntimeBase()
    {
        var result = PipelineTools.GenerateSupplyChain("shop-api", registry: "harbor",
            runtimeImage: "python.distroless");
        var platforms = result.StructuredContent!.Value.GetProperty("platforms").EnumerateArray()
            .Select(p => p.GetString()).ToList();
        Assert.Equal(["linux/amd64", "linux/arm64"], platforms);
    }

    [Theory]
    [InlineData("registryHost", "harbor.acme.io\nx: y")]
    [InlineData("ci", "circleci")]
    public void BadInputNamesTheField(string field, string value)
    {
        var error = Assert.Throws<McpException>(() => field == "ci"
            ? PipelineTools.GeneratePipeline("shop-api", ci: value)
            : PipelineTools.GeneratePipeline("shop-api", registryHost: value));
        Assert.StartsWith(field + ":", error.Message, StringComparison.Ordinal);
    }
}
