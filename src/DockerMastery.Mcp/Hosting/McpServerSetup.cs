using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Completions;
using DockerMastery.Mcp.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace DockerMastery.Mcp.Hosting;

/// <summary>
/// The one place the MCP server is put together, so stdio, HTTP and the in-memory tests serve
/// exactly the same tools, resources, prompts and completions.
/// </summary>
public static class McpServerSetup
{
    /// <summary>
    /// Adds the server to <paramref name="services"/>; the caller adds a transport.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="library">The skill to serve; the embedded one when null (tests pass their
    /// own).</param>
    public static IMcpServerBuilder AddDockerMasteryServer(
        this IServiceCollection services, SkillLibrary? library = null)
    {
        library ??= SkillLibrary.Default;
        services.AddSingleton(library);
        var assembly = typeof(McpServerSetup).Assembly;
        return services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new()
                {
                    Name = ServerIdentity.Name,
                    Title = "docker-mastery",
                    Version = ServerIdentity.Version,
                };
                options.ServerInstructions = ServerInstructions.Text;
            })
            .WithToolsFromAssembly(assembly)
            .WithPromptsFromAssembly(assembly)
            .WithResourcesFromAssembly(assembly)
            .WithResources(SkillResources.Create(library))
            .WithCompleteHandler((request, cancellationToken) =>
                ValueTask.FromResult(ArgumentCompletions.Complete(library, request.Params)));
    }
}
