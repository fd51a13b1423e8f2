namespace DockerMastery.Integration.Tests.Harness;

/// <summary>All integration tests share one daemon and run one after another: two cores are
/// shared with the rest of the machine, and parallel builds would distort the timings.</summary>
[CollectionDefinition(Name)]
public sealed class RealbuildCollection : ICollectionFixture<RealbuildFixture>
{
    public const string Name = "realbuild";
}
