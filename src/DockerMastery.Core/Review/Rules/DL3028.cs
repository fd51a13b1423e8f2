namespace DockerMastery.Core.Review.Rules;

internal sealed class DL3028 : Rule
{
    public override string Id => "DL3028";
    public override Severity Severity => Severity.Warning;
    public override string Title => "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`";
    public override string Checks => """
        Fires on `gem install` of a gem without `:<version>` unless `-v`/`--version` is given.
        Local `.gem` files and option values are not judged.
        """;
    public override string Why => "An unpinned gem is whatever was released last; the image changes without a code change.";
    public override string Bad => """
        FROM ruby:3.3-slim
        RUN gem install bundler
        """;
    public override string Good => """
        FROM ruby:3.3-slim
        RUN gem install bundler:2.5.23
        """;
    public override string Fix => "Write `gem install <gem>:<version>` or `gem install <gem> -v <version>`.";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        foreach (var (run, command) in context.Commands.Where(rc => rc.Command.Is("gem") && rc.Command.Subcommand() == "install"))
        {
            if (command.HasOption("-v", "--version"))
                continue;
            var unpinned = command.Positionals("-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform")
                .Skip(1).Where(p => !PackageCommands.IsDynamic(p) && !p.Value.Contains(':', StringComparison.Ordinal) &&
                    !p.Value.EndsWith(".gem", StringComparison.Ordinal))
                .Select(p => p.Value).ToArray();
            if (unpinned.Length > 0)
                yield return ReviewContext.At(run, command, $"Unpinned gem(s): {string.Join(", ", unpinned)}.");
        }
    }
}
