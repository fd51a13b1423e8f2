namespace DockerMastery.Core.Dockerfiles;

/// <summary>A flag written before an instruction's arguments, e.g. <c>--from=builder</c>.</summary>
/// <param name="Name">The flag name without dashes, lower-case (<c>from</c>, <c>mount</c>).</param>
/// <param name="Value">The value after <c>=</c>, or null for a bare flag (<c>--link</c>).</param>
/// <param name="Text">The flag as written.</param>
public sealed record InstructionFlag(string Name, string? Value, string Text);
