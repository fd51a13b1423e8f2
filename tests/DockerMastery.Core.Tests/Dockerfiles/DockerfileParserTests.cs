using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Tests.Dockerfiles;

public class DockerfileParserTests
{
    [Fact]
    public void Positions_flags_and_stages_are_exact()
    {
        var document = DockerfileParser.Parse("""
            # syntax=docker/dockerfile:1
            ARG GO=1.23
            FROM --platform=$BUILDPLATFORM golang:${GO} AS Build
              RUN --mount=type=cache,target=/root/.cache/go-build \
                  go build -o /out/app ./cmd/app
            FROM gcr.io/distroless/static-debian12:nonroot
            COPY --from=Build --chown=65532:65532 /out/app /app
            """);

        Assert.Empty(document.Errors);
        Assert.Equal("syntax", document.Directives.Single().Name);
        Assert.Equal(2, document.Stages.Count);
        var build = document.Stages[0];
        Assert.Equal("Build", build.Name);
        Assert.Equal("golang:${GO}", build.BaseImage);
        Assert.Equal("golang:1.23", build.ResolvedBaseImage);
        Assert.Equal("$BUILDPLATFORM", build.Platform);

        var run = build.Instructions[1];
        Assert.Equal(("RUN", 4, 3, 5), (run.Keyword, run.Line, run.Column, run.EndLine));
        Assert.Equal("type=cache,target=/root/.cache/go-build", run.Flag("mount")!.Value);
        var go = run.Script!.Commands.Single();
        Assert.Equal("go", go.Program);
        Assert.Equal(new SourcePosition(5, 7), run.Script.Locate(go.Offset));

        var copy = document.Stages[1].Instructions[1];
        Assert.Equal(["from", "chown"], copy.Flags.Select(f => f.Name));
        Assert.Equal("/out/app /app", copy.Body);
        Assert.Same(build, document.FindStage("build"));
        Assert.Same(build, document.FindStage("0"));
    }

    [Fact]
    public void Continuations_skip_comments_and_record_empty_lines()
    {
        var document = DockerfileParser.Parse("FROM alpine:3.20\nRUN echo a \\\n# note\n\n  && echo b\n");

        var run = document.Instructions[1];
        Assert.Equal(5, run.EndLine);
        Assert.Equal(["echo", "echo"], run.Script!.Commands.Select(c => c.Program));
        Assert.Contains(document.Comments, c => c.Text == "note" && c.InsideInstruction);
        Assert.Equal([4], document.EmptyContinuationLines);
    }

    [Fact]
    public void Escape_directive_switches_to_backquote()
    {
        var document = DockerfileParser.Parse(
            "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN dir c:\\ `\r\n    && echo done\r\n");

        Assert.Empty(document.Errors);
        Assert.Equal('`', document.EscapeCharacter);
        var run = document.Instructions[1];
        Assert.Equal(4, run.EndLine);
        Assert.Contains("c:\\", run.Body, StringComparison.Ordinal);
        Assert.Null(run.Script);
        Assert.Equal("cmd", run.Shell[0]);
    }

    [Fact]
    public void Heredocs_are_read_with_their_content()
    {
        var document = DockerfileParser.Parse("""
            FROM alpine:3.20
            RUN <<EOF
            apk add --no-cache curl
            echo done
            EOF
            COPY <<-"CONF" /etc/app.conf
            	key=value
            	CONF
            CMD ["sh"]
            """);

        Assert.Empty(document.Errors);
        var run = document.Instructions[1];
        Assert.Equal(5, run.EndLine);
        Assert.Equal("EOF", run.Heredocs.Single().Delimiter);
        Assert.Equal(["apk", "echo"], run.Script!.Commands.Select(c => c.Program));
        Assert.Equal(3, run.Script.Locate(run.Script.Commands[0].Offset)!.Value.Line);
        var copy = document.Instructions[2];
        Assert.True(copy.Heredocs[0].StripTabs);
        Assert.True(copy.Heredocs[0].Quoted);
        Assert.Equal("key=value\n", copy.Heredocs[0].Content);
        Assert.Equal(9, document.Instructions[3].Line);
    }

    [Fact]
    public void Python_heredoc_is_not_read_as_shell()
    {
        var document = DockerfileParser.Parse("FROM python:3.13-slim\nRUN python3 <<EOF\nimport sys\nprint(sys.version)\nEOF\n");

        var run = document.Instructions[1];
        Assert.Equal(["python3"], run.Script!.Commands.Select(c => c.Program));
    }

    [Fact]
    public void Invalid_json_falls_back_to_shell_form()
    {
        var document = DockerfileParser.Parse("FROM alpine:3.20\nCMD [\"sh\", 'bad']\nENTRYPOINT [\"/app\", \"--serve\"]\n");

        Assert.False(document.Instructions[1].IsJsonForm);
        Assert.Equal(["/app", "--serve"], document.Instructions[2].JsonArguments);
    }

    [Fact]
    public void Env_label_and_arg_pairs_are_unquoted()
    {
        var document = DockerfileParser.Parse("""
            FROM alpine:3.20
            ENV A=1 B="two words" C=${A:-x}
            ENV LEGACY some value here
            LABEL org.opencontainers.image.title="my app"
            ARG NAME
            ARG WITH=default
            """);

        Assert.Equal([("A", "1"), ("B", "two words"), ("C", "${A:-x}")],
            document.Instructions[1].Pairs.Select(p => (p.Key, p.Value!)));
        Assert.Equal(("LEGACY", "some value here"), (document.Instructions[2].Pairs[0].Key, document.Instructions[2].Pairs[0].Value!));
        Assert.Equal("my app", document.Instructions[3].Pairs[0].Value);
        Assert.Null(document.Instructions[4].Pairs[0].Value);
        Assert.Equal("default", document.Instructions[5].Pairs[0].Value);
    }

    [Fact]
    public void Onbuild_holds_its_trigger_and_shell_switches_off_the_reader()
    {
        var document = DockerfileParser.Parse("""
            FROM mcr.microsoft.com/dotnet/sdk:9.0
            ONBUILD RUN dotnet restore
            SHELL ["pwsh", "-Command"]
            RUN Get-ChildItem | Select-Object Name
            """);

        var onbuild = document.Instructions[1];
        Assert.Equal("RUN", onbuild.Trigger!.Keyword);
        Assert.Equal((2, 9), (onbuild.Trigger.Line, onbuild.Trigger.Column));
        Assert.Null(document.Instructions[3].Script);
    }

    [Fact]
    public void Bom_crlf_and_lower_case_keywords_parse()
    {
        var document = DockerfileParser.Parse("\uFEFFfrom alpine:3.20 as base\r\nrun echo hi\r\n");

        Assert.Empty(document.Errors);
        Assert.Equal("as", document.Stages[0].AsKeywordText);
        Assert.Equal("run", document.Instructions[1].KeywordText);
        Assert.Equal("RUN", document.Instructions[1].Keyword);
    }

    [Theory]
    [InlineData("", 1, "no instructions")]
    [InlineData("FROM alpine:3.20\nFOO bar\n", 2, "Unknown instruction")]
    [InlineData("RUN echo\nFROM alpine:3.20\n", 1, "before the first FROM")]
    [InlineData("FROM alpine:3.20 AS\n", 1, "optional 'AS name'")]
    [InlineData("FROM alpine:3.20\nRUN <<EOF\necho\n", 2, "never closed")]
    [InlineData("FROM alpine:3.20\nSHELL /bin/bash\n", 2, "JSON array")]
    [InlineData("FROM alpine:3.20\nENV\n", 2, "needs arguments")]
    public void Errors_name_the_line(string text, int line, string message)
    {
        var error = DockerfileParser.Parse(text).Errors[0];

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
