using DockerMastery.Core.Dockerfiles;

namespace DockerMastery.Core.Review.Rules;

/// <summary>Questions several stage-level rules share.</summary>
internal static class StageRules
{
    /// <summary>Every instruction after the first with <paramref name="keyword"/> in a stage.</summary>
    public static IEnumerable<Instruction> Repeated(ReviewContext context, string keyword) =>
        context.Document.Stages.SelectMany(s => s.Instructions.Where(i => i.Keyword == keyword).Skip(1));
}
