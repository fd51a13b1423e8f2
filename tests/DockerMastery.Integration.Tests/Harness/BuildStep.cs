namespace DockerMastery.Integration.Tests.Harness;

/// <summary>One Dockerfile instruction as BuildKit reported it in
/// <c>--progress=plain</c>.</summary>
/// <param name="Stage">The stage name (<c>build</c>, <c>stage-1</c>); empty for a one-stage
/// file.</param>
/// <param name="Index">Position of the instruction in its stage, from 1 (the FROM).</param>
/// <param name="Instruction">The instruction as BuildKit printed it, e.g. <c>COPY . .</c>.</param>
/// <param name="Cached">True when the layer came from the build cache.</param>
public sealed record BuildStep(string Stage, int Index, string Instruction, bool Cached)
{
    public bool IsFrom => Instruction.StartsWith("FROM ", StringComparison.Ordinal);

    public bool IsCopy =>
        Instruction.StartsWith("COPY ", StringComparison.Ordinal)
        || Instruction.StartsWith("ADD ", StringComparison.Ordinal);

    public override string ToString() =>
        $"[{Stage} {Index}] {(Cached ? "CACHED" : "RAN   ")} {Instruction}";
}
