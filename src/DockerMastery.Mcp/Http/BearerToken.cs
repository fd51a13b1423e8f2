using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DockerMastery.Mcp.Http;

/// <summary>
/// Checks <c>Authorization: Bearer</c> against the configured token in constant time.
/// </summary>
internal sealed class BearerToken
{
    private readonly byte[] _expected;

    public BearerToken(string token) => _expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Null when the request carries the token, else the OAuth error code.</summary>
    public string? Check(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return "invalid_request";

        // Hashing both sides gives equal lengths, so the comparison leaks neither length nor
        // how many leading characters match.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        var same = CryptographicOperations.FixedTimeEquals(presented, _expected);
        return same ? null : "invalid_token";
    }
}
