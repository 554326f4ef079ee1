using DeployBot.Http;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Slack.Security;

/// <summary>
/// Reads a Slack request body once, as the exact bytes Slack signed, and verifies it before anything parses it. The
/// signature headers and the timestamp window are checked before a byte of the body is read, and the body itself is
/// read with a hard cap (<see cref="BoundedBody"/>): an unsigned or oversized request costs the host almost nothing.
/// </summary>
internal static class VerifiedBody
{
    /// <summary>Slack's payloads are far below this; anything larger is refused before it is buffered.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Slack's certificate probe is a tiny form; an unsigned body is read no further than this.</summary>
    public const int MaxSslCheckBytes = 512;

    public static async Task<(string? Body, IResult? Failure)> ReadAsync(HttpContext http, SlackSignatureVerifier verifier, bool allowSslCheck = false)
    {
        var headers = http.Request.Headers;
        string? timestamp = headers[SlackSignatureVerifier.TimestampHeader];
        string? signature = headers[SlackSignatureVerifier.SignatureHeader];
        if (!verifier.HeadersCanVerify(timestamp, signature))
        {
            // Slack's certificate probe on slash-command URLs carries no signature and asks for nothing but a 200.
            return allowSslCheck && await IsSslCheckAsync(http)
                ? (null, TypedResults.Ok())
                : (null, TypedResults.Unauthorized());
        }

        var bytes = await BoundedBody.ReadAsync(http, MaxBodyBytes, http.RequestAborted);
        if (bytes is null)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        return verifier.Verify(timestamp, signature, bytes)
            ? (Encoding.UTF8.GetString(bytes), null)
            : (null, TypedResults.Unauthorized());
    }

    private static async Task<bool> IsSslCheckAsync(HttpContext http)
    {
        var bytes = await BoundedBody.ReadAsync(http, MaxSslCheckBytes, http.RequestAborted);
        return bytes is not null
            && Inbound.SlackForm.Parse(Encoding.UTF8.GetString(bytes)).TryGetValue("ssl_check", out var value) && value == "1";
    }
}
