namespace DockerMastery.Core.Generation.Pipelines;

/// <summary>How the pipeline signs the pushed image with Cosign.</summary>
public enum SigningMode
{
    /// <summary>Sigstore keyless: a short-lived Fulcio certificate bound to the CI's OIDC
    /// identity, logged in Rekor. No key to store or rotate.</summary>
    Keyless,

    /// <summary>A Cosign key pair held as CI secrets (for CI systems without an OIDC issuer
    /// that Fulcio trusts, or air-gapped verification).</summary>
    KeyPair,
}
