namespace DeployBot.Teams.Auth;

/// <summary>
/// A service URL as the bot uses it: an absolute http(s) origin plus path, with no user info, query or fragment, its
/// path ending in <c>/</c> so connector paths resolve beneath it. Everything that compares or builds service URLs goes
/// through this parse; nothing compares them as strings.
/// </summary>
internal static class ServiceUrls
{
    public static bool TryParse(string? serviceUrl, out Uri baseUri)
    {
        baseUri = null!;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || serviceUrl!.Contains('?', StringComparison.Ordinal) || serviceUrl.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        baseUri = new UriBuilder(uri.Scheme, uri.IdnHost, uri.Port, path).Uri;
        return true;
    }

    /// <summary>True when <paramref name="target"/> is on the same origin as <paramref name="baseUri"/> and its path lies beneath the base path.</summary>
    public static bool Contains(Uri baseUri, Uri target) =>
        target.IsAbsoluteUri
        && target.UserInfo.Length == 0 && target.Query.Length == 0 && target.Fragment.Length == 0
        && string.Equals(target.Scheme, baseUri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.IdnHost, baseUri.IdnHost, StringComparison.OrdinalIgnoreCase)
        && target.Port == baseUri.Port
        && target.AbsolutePath.StartsWith(baseUri.AbsolutePath, StringComparison.Ordinal);

    /// <summary>The connector URL for <paramref name="relativePath"/> (already escaped) under the parsed service URL.</summary>
    public static Uri Resolve(Uri baseUri, string relativePath) => new(baseUri, relativePath);
}
