using System.Globalization;
using DeployBot.Core.Conversations;
using DeployBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace DeployBot.Core.Policy;

/// <summary>The per-user limit on plan generation. Counts the plans a person had accepted within the window.</summary>
internal sealed class PlanRateLimit(IPlanStore plans, IOptions<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>Null when <paramref name="requester"/> may have another plan; otherwise a refusal that says when to try again.</summary>
    public async Task<string?> CheckAsync(Requester requester, CancellationToken cancellationToken)
    {
        var limit = options.Value;
        var window = TimeSpan.FromMinutes(limit.WindowMinutes);
        var now = time.GetUtcNow();
        var recent = await plans.GetRecentRequestTimesAsync(requester.Platform, requester.UserId, now - window, cancellationToken);
        var inWindow = recent.Where(at => at > now - window).Order().ToArray();
        if (inWindow.Length < limit.PlansPerUser)
        {
            return null;
        }

        // The request that must age out before one more fits under the limit.
        var freesUp = inWindow[inWindow.Length - limit.PlansPerUser] + window;
        return $"You've asked for {inWindow.Length} plans in the last {Minutes(limit.WindowMinutes)}; "
            + $"try again after {FormatTime(freesUp, now)}.";
    }

    /// <summary>The limit and where its window starts now: a new plan is let in while fewer plans were accepted after that.</summary>
    public (DateTimeOffset Since, int PlansPerUser) Window()
    {
        var limit = options.Value;
        return (time.GetUtcNow() - TimeSpan.FromMinutes(limit.WindowMinutes), limit.PlansPerUser);
    }

    /// <summary>The refusal for a request the store found over the limit (read again here, only for the refused).</summary>
    public async Task<string> RefusalAsync(Requester requester, CancellationToken cancellationToken)
    {
        var limit = options.Value;
        return await CheckAsync(requester, cancellationToken)
            ?? $"You've asked for {limit.PlansPerUser} plans in the last {Minutes(limit.WindowMinutes)}; try again in a minute.";
    }

    internal static string Minutes(int minutes) => minutes == 1 ? "minute" : $"{minutes} minutes";

    internal static string FormatTime(DateTimeOffset at, DateTimeOffset now)
    {
        var utc = at.ToUniversalTime();
        var roundedUp = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
        if (roundedUp < utc)
        {
            roundedUp = roundedUp.AddMinutes(1);
        }

        var format = roundedUp.Date == now.ToUniversalTime().Date ? "HH:mm" : "ddd HH:mm";
        return roundedUp.ToString(format, CultureInfo.InvariantCulture) + " UTC";
    }
}
