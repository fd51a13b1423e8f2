using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Tests.Dockerfiles;

public class ShellReaderTests
{
    [Fact]
    public void Operators_split_commands_and_keep_separators()
    {
        var script = ShellReader.Read("apt-get update && apt-get install -y curl || exit 1; echo a | tee b &");

        Assert.Equal(["apt-get", "apt-get", "exit", "echo", "tee"], script.Commands.Select(c => c.Program));
        Assert.Equal(["&&", "||", ";", "|", "&"], script.Commands.Select(c => c.Separator));
        Assert.Equal("install", script.Commands[1].Subcommand());
    }

    [Fact]
    public void Quotes_escapes_and_expansions_are_understood()
    {
        var script = ShellReader.Read("echo 'a b' \"c $HOME\" d\\ e $X $(date) \"$(id)\"");
        var words = script.Commands.Single().Arguments;

        Assert.Equal(["a b", "c $HOME", "d e", "$X", "$(date)", "$(id)"], words.Select(w => w.Value));
        Assert.False(words[1].HasUnquotedVariable);
        Assert.True(words[3].HasUnquotedVariable);
        Assert.True(words[4].HasUnquotedCommandSubstitution);
        Assert.False(words[5].HasUnquotedCommandSubstitution);
    }

    [Fact]
    public void Wrappers_assignments_and_subshells_are_unwrapped()
    {
        var script = ShellReader.Read(
            "DEBIAN_FRONTEND=noninteractive sudo -E -u root env A=1 apt-get install -y x && (cd /tmp && make)");

        var apt = script.Commands[0];
        Assert.Equal("apt-get", apt.Program);
        Assert.Equal(["sudo", "env"], apt.Wrappers);
        Assert.Equal("DEBIAN_FRONTEND=noninteractive", apt.Assignments.Single().Raw);
        Assert.Equal([1, 1], script.Commands.Skip(1).Select(c => c.Depth));
    }

    [Fact]
    public void Sh_dash_c_is_read_as_nested_commands()
    {
        var script = ShellReader.Read("sh -c 'apk add --no-cache git && git --version'");

        Assert.Equal(["sh", "apk", "git"], script.Commands.Select(c => c.Program));
        Assert.True(script.Commands[1].Nested);
    }

    [Fact]
    public void Options_with_values_are_not_positionals()
    {
        var command = ShellReader.Read("apt-get -o Dpkg::Options::=--force-confold -t bookworm install -qy curl").Commands[0];

        Assert.Equal(["install", "curl"], command.Positionals("-o", "-t").Select(w => w.Value));
        Assert.True(command.HasOption("-y"));
        Assert.False(command.HasOption("--yes"));
        Assert.Equal("bookworm", command.OptionValue("-t"));
    }

    [Fact]
    public void Redirections_and_inner_heredocs_are_not_commands()
    {
        var script = ShellReader.Read("cat > /etc/x.conf <<EOF\nrm -rf /\nEOF\necho ok 2>&1 >/dev/null");

        Assert.Equal(["cat", "echo"], script.Commands.Select(c => c.Program));
        Assert.Equal(["/etc/x.conf", "EOF"], script.Commands[0].Redirections);
    }

    [Fact]
    public void Control_keywords_are_skipped()
    {
        var script = ShellReader.Read("if [ -f a ]; then rm a; else touch a; fi; for f in *; do echo $f; done");

        Assert.Contains(script.Commands, c => c.Program == "rm");
        Assert.Contains(script.Commands, c => c.Program == "touch");
        Assert.Contains(script.Commands, c => c.Program == "echo");
    }

    [Fact]
    public void Unclosed_quote_reads_to_the_end()
    {
        var script = ShellReader.Read("echo \"unterminated $(date");

        Assert.Equal("echo", script.Commands.Single().Program);
    }
}
