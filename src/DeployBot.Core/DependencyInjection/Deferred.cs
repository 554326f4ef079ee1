using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.Core.DependencyInjection;

/// <summary>
/// A service of the current scope, made the first time it is used. The engine is made for every request, and a slash
/// command needs none of what thread messages, buttons and checklist ticks need (plan and audit stores, on-call lookups,
/// group directories): making those for every command was a few percent of an acknowledgement's CPU (issue 17).
/// </summary>
internal sealed class Deferred<T>(IServiceProvider services)
    where T : notnull
{
    private T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
