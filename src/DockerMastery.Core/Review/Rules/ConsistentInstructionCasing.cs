namespace DockerMastery.Core.Review.Rules;

internal sealed class ConsistentInstructionCasing : Rule
{
    public override string Id => "ConsistentInstructionCasing";
    public override Severity Severity => Severity.Warning;
    public override string Title => "All commands within the Dockerfile should use the same casing (either upper or lower)";
    public override string Checks => "Fires on an instruction keyword whose casing differs from the majority casing of the file (mixed-case keywords always).";
    public override string Why => "Mixed keyword casing makes a Dockerfile harder to scan and to search.";
    public override string Bad => """
        FROM alpine:3.20
        run echo hi
        """;
    public override string Good => """
        FROM alpine:3.20
        RUN echo hi
        """;
    public override string Fix => "Write every keyword in the same case (upper case is the convention).";

    public override IEnumerable<RuleHit> Check(ReviewContext context)
    {
        var instructions = context.Instructions.ToArray();
        var upper = instructions.Count(i => !i.KeywordText.Any(char.IsLower));
        var lower = instructions.Count(i => !i.KeywordText.Any(char.IsUpper));
        var preferUpper = upper >= lower;
        foreach (var instruction in instructions)
        {
            var expected = preferUpper ? instruction.KeywordText.ToUpperInvariant() : instruction.KeywordText.ToLowerInvariant();
            if (instruction.KeywordText == expected)
                continue;
            yield return ReviewContext.At(instruction, $"'{instruction.KeywordText}' should be '{expected}' like the rest of the file.",
                context.KeywordEdit(instruction, expected));
        }
    }
}
