namespace DockerMastery.Core.Compose.Generation;

/// <summary>The variables the generated files interpolate, collected as they are used, so that
/// <c>.env.example</c> lists each one exactly once with its comment.</summary>
internal sealed class EnvironmentRegistry
{
    private readonly List<(string Name, string Example, string Comment)> variables = [];

    /// <summary><c>${NAME:-default}</c>, registered.</summary>
    public string Default(string name, string value, string comment)
    {
        Register(name, value, comment);
        return $"${{{name}:-{value}}}";
    }

    /// <summary><c>${NAME:?message}</c>, registered with an example value.</summary>
    public string Required(string name, string example, string comment)
    {
        Register(name, example, comment);
        return $"${{{name}:?set {name} in .env (see .env.example)}}";
    }

    public string Render(string projectName, IEnumerable<string> secretNotes)
    {
        var lines = new List<string>
        {
            "# Copy to .env and adjust: docker compose reads .env from this folder.",
            "# Passwords are not variables here: they are files under ./secrets/ (see the end).",
            "",
            "# Compose project name: prefixes containers, networks and volumes.",
            $"COMPOSE_PROJECT_NAME={projectName}",
        };
        foreach (var (name, example, comment) in variables)
        {
            lines.Add("");
            lines.Add($"# {comment}");
            lines.Add($"{name}={example}");
        }

        lines.Add("");
        lines.Add(
            "# Secrets: one file each, the value alone, no newline (printf '%s' ... > file);");
        lines.Add(
            "# then chmod 700 secrets && chmod 644 secrets/* (containers run as other users).");
        lines.AddRange(secretNotes.Select(n => $"#   {n}"));
        return string.Join('\n', lines) + "\n";
    }

    private void Register(string name, string example, string comment)
    {
        if (!variables.Exists(v => v.Name == name))
            variables.Add((name, example, comment));
    }
}
