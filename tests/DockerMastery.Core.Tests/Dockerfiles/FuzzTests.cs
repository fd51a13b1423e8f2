using System.Diagnostics;
using DockerMastery.Core.Dockerfiles;
using DockerMastery.Core.Review;

namespace DockerMastery.Core.Tests.Dockerfiles;

/// <summary>The parser and the reviewer never throw and never hang, whatever the input.</summary>
public class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ", "ONBUILD ", "SHELL ", "HEALTHCHECK ",
        "CMD ", "ENTRYPOINT ", "USER ", "WORKDIR ", "EXPOSE ", "VOLUME ", "AS ", "--mount=type=cache,target=/x ",
        "--from=", "<<EOF", "<<-'EOT'", "EOF", "\\", "`", "\n", "\r\n", "\t", " ", "\"", "'", "[", "]", "{", "}",
        "$", "${", "${A:-b}", "$(", ")", "(", "&&", "||", ";", "|", "&", ">", "<", "2>&1", "#", "# escape=`\n",
        "# syntax=docker/dockerfile:1\n", "# hadolint ignore=DL3008\n", "apt-get install -y ", "pip install ",
        "sh -c '", "sudo ", "cd ", "rm -rf ", "[\"a\", \"b\"]", "=", ":", "@sha256:", "\uFEFF", "\0", "é", "😀",
    ];

    [Fact]
    public void Random_inputs_never_throw_or_hang()
    {
        var random = new Random(20261204);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 4000; i++)
        {
            var count = random.Next(1, 60);
            var text = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)]));
            Exercise(text);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"fuzzing took {watch.Elapsed}");
    }

    [Fact]
    public void Mutated_corpus_files_never_throw()
    {
        var random = new Random(42);
        foreach (var file in CorpusTests.Files())
        {
            var text = File.ReadAllText(file);
            for (var i = 0; i < 60; i++)
                Exercise(Mutate(text, random));
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = (char)random.Next(0, 0xD7FF);
            Exercise(new string(chars));
        }
    }

    [Fact]
    public void Pathological_inputs_finish_quickly()
    {
        string[] inputs =
        [
            "FROM a\nRUN " + new string('(', 20000),
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("$(", 5000)),
            "FROM a\nRUN echo \\\n" + string.Concat(Enumerable.Repeat("\\\n", 20000)),
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("<<EOF ", 2000)),
            string.Concat(Enumerable.Repeat("FROM a AS b\n", 3000)),
            "FROM a\nRUN " + new string('"', 30001),
        ];
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            Exercise(input);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{input[..20]}... took {watch.Elapsed}");
        }
    }

    private static void Exercise(string text)
    {
        var document = DockerfileParser.Parse(text);
        Assert.NotNull(document.Instructions);
        var result = DockerfileReviewer.Review(document);
        Assert.All(result.Findings, f => Assert.True(f.Line >= 1 && f.Column >= 1, $"{f.RuleId} at {f.Line}:{f.Column}"));
        _ = DockerfileFixer.Fix(text);
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 8); edits > 0 && chars.Count > 0; edits--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Fragments[random.Next(Fragments.Length)][0]);
                    break;
                case 2:
                    chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    chars.RemoveRange(at, Math.Min(chars.Count - at, random.Next(1, 40)));
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
