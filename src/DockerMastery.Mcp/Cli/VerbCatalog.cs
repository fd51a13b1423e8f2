using System.Reflection;

namespace DockerMastery.Mcp.Cli;

/// <summary>Finds every <see cref="ICliVerb"/> in this assembly and dispatches to one.</summary>
public static class VerbCatalog
{
    /// <summary>All verbs, ordered by name.</summary>
    public static IReadOnlyList<ICliVerb> All { get; } = typeof(VerbCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliVerb).IsAssignableFrom(t))
        .Select(t => (ICliVerb)Activator.CreateInstance(t)!)
        .OrderBy(v => v.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Runs the verb named by the first argument; with no verb, or with only options, runs
    /// <c>serve</c> so that MCP clients can start the executable without arguments.
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Count > 0 && args[0] is "--help" or "-h" or "help")
        {
            WriteHelp(console.Out);
            return 0;
        }

        if (args.Count > 0 && args[0] is "--version")
        {
            await console.Out.WriteLineAsync(ServerIdentity.Version).ConfigureAwait(false);
            return 0;
        }

        var named = args.Count > 0 && !args[0].StartsWith('-');
        var name = named ? args[0] : "serve";
        var rest = named ? args.Skip(1).ToArray() : args.ToArray();
        var verb = All.FirstOrDefault(v => v.Name == name);
        if (verb is null)
        {
            await console.Error.WriteLineAsync(
                $"docker-mastery: unknown verb '{name}'. Run 'docker-mastery --help' for the list.")
                .ConfigureAwait(false);
            return 2;
        }

        return await verb.RunAsync(rest, console, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine(
            $"docker-mastery {ServerIdentity.Version}: Docker expertise as an MCP server and CLI.");
        output.WriteLine();
        output.WriteLine("usage: docker-mastery [verb] [options]   (no verb: serve over stdio)");
        output.WriteLine();
        foreach (var verb in All)
            output.WriteLine($"  {verb.Name,-16} {verb.Summary}");
        output.WriteLine();
        output.WriteLine("Run 'docker-mastery <verb> --help' for a verb's options.");
    }
}
