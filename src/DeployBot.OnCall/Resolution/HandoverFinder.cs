using System.Globalization;
using DeployBot.Core.Environments;
using DeployBot.OnCall.Providers;
using DeployBot.OnCall.Windows;

namespace DeployBot.OnCall.Resolution;

/// <summary>
/// Tells who takes over when the request's WINDOW runs past the current on-call's shift: asks the paging tool who is on
/// call at that moment. When the tool gives no shift end (Opsgenie), it asks at the window's start and near its end.
/// </summary>
internal sealed class HandoverFinder(TimeProvider time)
{
    private static readonly TimeSpan BeforeEnd = TimeSpan.FromMinutes(1);

    /// <returns>"Sam Lee (on call from Sat 28 Nov 23:00 UTC)", a note when the check failed, or null when there is no handover.</returns>
    public async Task<string?> FindAsync(
        IOnCallProvider provider, DeploymentEnvironment environment, OnCallPerson current, string? window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (WindowRangeParser.Parse(window, now) is not { } range || range.End <= now)
        {
            return null;
        }

        foreach (var (moment, word) in Moments(current, range, now))
        {
            OnCallPerson? next;
            try
            {
                next = await provider.FindAsync(environment, moment, cancellationToken);
            }
            catch (OnCallLookupException exception)
            {
                return $"could not be checked for {Format(moment)} ({exception.Message})";
            }

            if (next is null)
            {
                return $"no one is on call from {Format(moment)} per {provider.Describe(environment)}";
            }

            if (!next.IsSamePerson(current))
            {
                return $"{next.Name} (on call {word} {Format(moment)})";
            }
        }

        return null;
    }

    private static IEnumerable<(DateTimeOffset Moment, string Word)> Moments(OnCallPerson current, WindowRange range, DateTimeOffset now)
    {
        if (current.ShiftEnd is { } end)
        {
            if (end < range.End)
            {
                yield return end > range.Start ? (end, "from") : (range.Start, "at");
            }

            yield break;
        }

        if (range.Start > now)
        {
            yield return (range.Start, "at");
        }

        var nearEnd = range.End - BeforeEnd;
        if (nearEnd > now && nearEnd > range.Start)
        {
            yield return (nearEnd, "at");
        }
    }

    private static string Format(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("ddd d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
