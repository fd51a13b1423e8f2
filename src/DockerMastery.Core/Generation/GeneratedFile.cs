namespace DockerMastery.Core.Generation;

/// <summary>One file a generator produced, held in memory until a face writes or returns it.</summary>
/// <param name="Path">Relative path inside the target folder, with forward slashes.</param>
/// <param name="Content">The full text, LF line endings, ending with a newline.</param>
/// <param name="Description">One line saying what the file is for.</param>
public sealed record GeneratedFile(string Path, string Content, string Description);
