using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace DeployBot.Testing.Teams;

/// <summary>An RSA key with a key id, able to sign RS256 and describe itself as a JWK.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string? keyId = null, params string[] endorsements)
    {
        KeyId = keyId ?? "test-" + Guid.NewGuid().ToString("N")[..12];
        Endorsements = endorsements.Length == 0 ? ["msteams", "emulator"] : endorsements;
    }

    public string KeyId { get; }

    /// <summary>The channels this key is endorsed for (the JWK's <c>endorsements</c>).</summary>
    public IReadOnlyList<string> Endorsements { get; }

    public byte[] Sign(byte[] data) => _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>The JWK as the Bot Framework publishes it, including its non-standard <c>endorsements</c>.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["alg"] = "RS256",
            ["n"] = Base64Url.Encode(parameters.Modulus!),
            ["e"] = Base64Url.Encode(parameters.Exponent!),
            ["endorsements"] = new JsonArray(Endorsements.Select(channel => (JsonNode)channel).ToArray()),
        };
    }

    public void Dispose() => _rsa.Dispose();
}

internal static class Base64Url
{
    public static string Encode(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
