using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Core.DependencyInjection;

/// <summary>
/// A service of the current scope, made the first time it is used, for what a request handler needs only on some of its
/// paths. The engine is made for every request, and a slash command needs none of what thread messages, buttons and
/// checklist ticks need (plan and audit stores, on-call lookups, group directories); the Slack command handler needs its
/// API clients only to open a form or answer late. Making those for every command was a few percent of an
/// acknowledgement's CPU (issue 17). Resolve it while the request's scope is alive.
/// </summary>
public sealed class Deferred<T>(IServiceProvider services)
    where T : notnull
{
    private T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
