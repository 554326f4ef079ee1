using System.Net;

namespace DeployBot.OnCall.Providers;

/// <summary>What an unsuccessful answer from a paging tool means, in words that name the fix.</summary>
/// <param name="Tool">"PagerDuty".</param>
/// <param name="Credential">"API token".</param>
/// <param name="CredentialKey">"PagerDuty:ApiToken".</param>
/// <param name="What">"schedule PXXXXXX".</param>
/// <param name="WhatKey">"Environments:production:OnCall:ScheduleId".</param>
internal sealed record ProviderFailures(string Tool, string Credential, string CredentialKey, string What, string WhatKey)
{
    public string Describe(HttpStatusCode status, string? toolMessage)
    {
        var code = (int)status;
        var said = toolMessage is null ? string.Empty : $": \"{toolMessage}\"";
        return status switch
        {
            HttpStatusCode.Unauthorized => $"{Tool} rejected the {Credential} (HTTP 401): check {CredentialKey}",
            HttpStatusCode.Forbidden => $"{Tool} refused access to {What} (HTTP 403): the {Credential} may not be allowed to read it",
            HttpStatusCode.NotFound => $"{Tool} has no {What} (HTTP 404): check {WhatKey}",
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity => $"{Tool} refused the query for {What} (HTTP {code}{said}): check {WhatKey}",
            HttpStatusCode.TooManyRequests => $"{Tool} kept rate-limiting DeployBot (HTTP 429); the next plan will ask again",
            _ when code >= 500 => $"{Tool} failed (HTTP {code}); the next plan will ask again",
            _ => $"{Tool} answered HTTP {code}{said}",
        };
    }
}
