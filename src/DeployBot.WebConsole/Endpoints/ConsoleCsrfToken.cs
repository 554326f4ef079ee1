using System.Security.Cryptography;
using System.Text;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>
/// A random token per process that every state-changing console call must echo in <see cref="HeaderName"/> when the
/// console serves other machines. The page reads it from <c>/console/state</c>, which another site cannot read (no CORS,
/// and the Host check stops DNS rebinding), so a page the operator merely visits cannot press the console's buttons.
/// </summary>
internal sealed class ConsoleCsrfToken
{
    public const string HeaderName = "X-DeployBot-Csrf";

    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public bool Matches(string? presented) =>
        presented is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(Value));
}
