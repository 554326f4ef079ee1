using DeployBot.Core.Environments;
using DeployBot.Core.Platforms;
using DeployBot.OnCall.Options;
using DeployBot.OnCall.Providers;
using Microsoft.Extensions.Logging;

namespace DeployBot.OnCall.Resolution;

/// <summary>
/// The <see cref="IOnCallResolver"/> for every environment: <c>Static</c> reads configuration; <c>PagerDuty</c> and
/// <c>Opsgenie</c> ask the paging tool, map the person to the platform and add who takes over inside the WINDOW.
/// Never throws for lookup trouble: the target then names who it can and its note says why no ping happened.
/// </summary>
internal sealed class PagingOnCallResolver(
    IEnumerable<IOnCallProvider> providers, ChatMapper mapper, HandoverFinder handovers, OnCallCache cache, ILogger<PagingOnCallResolver> logger)
    : IOnCallResolver
{
    public async Task<OnCallTarget> ResolveAsync(DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(platform);
        var name = OnCallProviders.Canonical(environment.Options.OnCall.Provider);
        var provider = providers.FirstOrDefault(candidate => candidate.Name == name);
        if (provider is null)
        {
            return StaticOnCallResolver.Resolve(environment, platform);
        }

        try
        {
            var target = await ResolveWithAsync(provider, environment, platform, window, cancellationToken);
            if (target.MentionId is null && target.Note is not null)
            {
                OnCallLog.NotPinged(logger, environment.Name, platform, target.Note);
            }

            return target;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The plan must post whatever went wrong here; the error is logged and named in the note.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            OnCallLog.Unexpected(logger, exception, environment.Name);
            return StaticFallback.NotPinged(environment, platform, $"{provider.Name} lookup failed unexpectedly", person: null, provider.Describe(environment));
        }
    }

    private async Task<OnCallTarget> ResolveWithAsync(
        IOnCallProvider provider, DeploymentEnvironment environment, string platform, string? window, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(provider, environment, platform, cancellationToken);
        if (current.Person is null)
        {
            return current.Target;
        }

        var handover = await handovers.FindAsync(provider, environment, current.Person, window, cancellationToken);
        return handover is null ? current.Target : current.Target with { AfterHandover = handover };
    }

    private async Task<(OnCallPerson? Person, OnCallTarget Target)> CurrentAsync(
        IOnCallProvider provider, DeploymentEnvironment environment, string platform, CancellationToken cancellationToken)
    {
        if (cache.Find(environment.Name, platform) is { } cached)
        {
            OnCallLog.CacheHit(logger, environment.Name, platform, cached.Target.Source);
            return (cached.Person, cached.Target);
        }

        var where = provider.Describe(environment);
        OnCallPerson? person;
        try
        {
            person = await provider.FindAsync(environment, at: null, cancellationToken);
        }
        catch (OnCallLookupException exception)
        {
            return (null, StaticFallback.NotPinged(environment, platform, exception.Message, person: null, where));
        }

        if (person is null)
        {
            return (null, StaticFallback.NotPinged(environment, platform, $"{where} has no one on call right now", person: null, where));
        }

        var (target, definite) = await mapper.MapAsync(environment, platform, person, where, cancellationToken);
        if (definite)
        {
            cache.Keep(environment.Name, platform, new CurrentOnCall(person, target));
        }

        return (person, target);
    }
}
