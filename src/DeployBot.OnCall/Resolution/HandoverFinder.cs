using System.Globalization;
using DeployBot.Core.Environments;
using DeployBot.Core.Windows;
using DeployBot.OnCall.Providers;

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
        if (string.IsNullOrWhiteSpace(window) || WindowReader.Read(window, now) is not { Start: { } start, End: { } end } || end <= now)
        {
            return null;
        }

        foreach (var (moment, word) in Moments(current, start, end, now))
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

    private static IEnumerable<(DateTimeOffset Moment, string Word)> Moments(
        OnCallPerson current, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (current.ShiftEnd is { } shiftEnd)
        {
            if (shiftEnd < end)
            {
                yield return shiftEnd > start ? (shiftEnd, "from") : (start, "at");
            }

            yield break;
        }

        if (start > now)
        {
            yield return (start, "at");
        }

        var nearEnd = end - BeforeEnd;
        if (nearEnd > now && nearEnd > start)
        {
            yield return (nearEnd, "at");
        }
    }

    private static string Format(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("ddd d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
