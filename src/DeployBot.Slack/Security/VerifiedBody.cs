using System.Text;
using Microsoft.AspNetCore.Http;

namespace DeployBot.Slack.Security;

/// <summary>Reads a Slack request body once, as the exact bytes Slack signed, and verifies it before anything parses it.</summary>
internal static class VerifiedBody
{
    /// <summary>Slack's payloads are far below this; anything larger is refused before it is buffered.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<(string? Body, IResult? Failure)> ReadAsync(HttpContext http, SlackSignatureVerifier verifier, bool allowSslCheck = false)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return (null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var body = Encoding.UTF8.GetString(bytes);
        // Slack's certificate probe on slash-command URLs carries no signature and asks for nothing but a 200.
        if (allowSslCheck && IsSslCheck(body))
        {
            return (null, TypedResults.Ok());
        }

        var headers = http.Request.Headers;
        return verifier.Verify(headers[SlackSignatureVerifier.TimestampHeader], headers[SlackSignatureVerifier.SignatureHeader], bytes)
            ? (body, null)
            : (null, TypedResults.Unauthorized());
    }

    private static bool IsSslCheck(string body) =>
        body.Length < 512 && Inbound.SlackForm.Parse(body).TryGetValue("ssl_check", out var value) && value == "1";
}
